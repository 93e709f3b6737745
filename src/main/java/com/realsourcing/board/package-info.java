/**
 * Board: seed 002's supply–demand board. Five kinds of posting — procurement demands that are also RFQs (采购需求),
 * inventory offers (库存), temp-worker jobs (临时用工), OEM processing demands and services (代加工需求/服务) —
 * with a lifecycle from draft through review to publication and expiry; automatic keyword moderation in two levels
 * over normalised text plus a manual review queue; quotes with seats and monthly quotas; job applications; Chinese
 * search; contact between the parties (a conversation in chat) with deals they mark; complaints; favourites and
 * recommendations from what a user viewed.
 *
 * <p>Uses {@code identity :: api} for organisation names, members and the audit log; {@code directory :: api} to
 * know which organisations are verified (only they publish), for category tags and China's regions; {@code files ::
 * api} for pictures, videos and drawings; {@code notify :: api} to tell people about decisions, quotes and
 * applications; {@code chat :: api} to open the conversation behind 联系对方.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity :: api",
            "directory :: api",
            "files :: api",
            "notify :: api",
            "chat :: api"
        })
package com.realsourcing.board;
