/** Wiring of MyBatis, transactions, pools and error translation. Not API. */
package io.negotiationmaster.persistence.internal;
