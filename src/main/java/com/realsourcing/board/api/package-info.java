/** What other modules may see of the board: its events. */
@org.springframework.modulith.NamedInterface("api")
package com.realsourcing.board.api;
