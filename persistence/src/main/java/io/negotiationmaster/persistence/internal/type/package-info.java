/** MyBatis type handlers for UUIDs, instants and JSON columns on each database. Not API. */
package io.negotiationmaster.persistence.internal.type;
