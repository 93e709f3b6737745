/**
 * Identity: accounts (mobile or e-mail plus password, WeChat mini-program), organisations of the six types and
 * what each may do (capabilities), memberships with roles, permissions gathered from every module, account states
 * set by platform admins with an audit log, browser sessions (Spring Session JDBC) and personal access tokens.
 * Uses notify :: api to deliver reset codes and invitations and to keep recipients' addresses current.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "notify :: api"})
package com.realsourcing.identity;
