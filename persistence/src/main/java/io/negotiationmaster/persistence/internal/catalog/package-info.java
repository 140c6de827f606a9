/** MyBatis storage of scenarios and AI characters. Not API. */
package io.negotiationmaster.persistence.internal.catalog;
