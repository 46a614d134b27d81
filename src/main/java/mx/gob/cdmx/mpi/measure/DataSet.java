package mx.gob.cdmx.mpi.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every valid measurement of one or more files, in file then line order, and the files read.
 *
 * <p>The rows of one indicator (and of one indicator and variable) are answered from an index built
 * once, on the first such question, so evaluating every indicator of a plan reads each row a fixed
 * number of times: linear in rows plus indicators, not their product ({@code docs/rendimiento.md}).
 */
public final class DataSet {

  private final List<Measurement> measurements;
  private final List<SourceFile> files;
  private volatile Index index;

  public DataSet(List<Measurement> measurements, List<SourceFile> files) {
    this.measurements = List.copyOf(measurements);
    this.files = List.copyOf(files);
  }

  /** Every valid measurement, in file then line order. */
  public List<Measurement> measurements() {
    return measurements;
  }

  /** The files read, in reading order. */
  public List<SourceFile> files() {
    return files;
  }

  /** The rows of one indicator and variable, in file then line order. */
  public List<Measurement> rows(String indicator, String variable) {
    Map<String, List<Measurement>> byVariable = index().byVariable.get(indicator);
    if (byVariable == null) {
      return List.of();
    }
    return byVariable.getOrDefault(variable, List.of());
  }

  /** The rows of one indicator, every variable, in file then line order. */
  public List<Measurement> rows(String indicator) {
    return index().byIndicator.getOrDefault(indicator, List.of());
  }

  private Index index() {
    Index i = index;
    if (i == null) {
      i = new Index(measurements);
      index = i;
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSet d && measurements.equals(d.measurements) && files.equals(d.files);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measurements, files);
  }

  @Override
  public String toString() {
    return "DataSet[measurements=" + measurements.size() + ", files=" + files + "]";
  }

  /** The rows grouped by indicator, and by indicator then variable, each in the original order. */
  private static final class Index {
    final Map<String, List<Measurement>> byIndicator = new HashMap<>();
    final Map<String, Map<String, List<Measurement>>> byVariable = new HashMap<>();

    Index(List<Measurement> measurements) {
      for (Measurement m : measurements) {
        byIndicator.computeIfAbsent(m.indicator(), k -> new ArrayList<>()).add(m);
        byVariable
            .computeIfAbsent(m.indicator(), k -> new HashMap<>())
            .computeIfAbsent(m.variable(), k -> new ArrayList<>())
            .add(m);
      }
      byIndicator.replaceAll((k, v) -> Collections.unmodifiableList(v));
      byVariable
          .values()
          .forEach(vars -> vars.replaceAll((k, v) -> Collections.unmodifiableList(v)));
    }
  }
}
