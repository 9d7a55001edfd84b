package hep.capsule.internal.schema;

import java.util.Optional;

/**
 * Where a paper cutflow's stages are read from: a HEPData YAML table (see {@link HepDataTable}).
 *
 * @param hepdataTable the table file (its place in the archive, in capsule.json)
 * @param eventsColumn the header name of its column of event counts, if any
 * @param weightedColumn the header name of its column of weighted yields, if named
 */
public record StagesFrom(String hepdataTable, Optional<String> eventsColumn, Optional<String> weightedColumn) {}
