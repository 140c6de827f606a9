/** MyBatis storage of performance reports and progress. Not API. */
package io.negotiationmaster.persistence.internal.performance;
