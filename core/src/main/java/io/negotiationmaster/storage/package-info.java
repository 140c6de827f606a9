/** Storage-neutral ports the domain needs from a database: transactions and paging. */
package io.negotiationmaster.storage;
