/** Not API: validation rules, the export document shape and the bundled-catalog reader behind the catalog facets. */
package io.negotiationmaster.scenario.internal;
