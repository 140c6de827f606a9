/** Template bank parsing, money formatting and amount extraction behind the reply writer. Not API. */
package io.negotiationmaster.engine.writing.internal;
