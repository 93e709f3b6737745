/**
 * Order, part 1: own-store checkout. A buyer's cart becomes an order whose lines are priced by catalog for the
 * channel and moment, whose stock is reserved by inventory in the same transaction, and whose shipping address is
 * encrypted at rest and masked in lists and logs. An idempotency key makes a retried submit return the same order;
 * payment goes through a small payment port (sandbox by default); unpaid orders are cancelled when their
 * reservation runs out. Every status change is a compare-and-set on the current status and is logged.
 *
 * <p>Concurrent checkouts are placed together: writer threads combine the queued carts into one transaction with
 * set-based statements and answer each on its own (group commit, docs/adr/0009-checkout-group-commit.md).
 *
 * <p>Uses {@code catalog :: api} for prices and {@code inventory :: api} for reservations. Channel order sync,
 * merge and split come later and plug in beside checkout.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "catalog :: api", "inventory :: api"})
package com.realsourcing.order;
