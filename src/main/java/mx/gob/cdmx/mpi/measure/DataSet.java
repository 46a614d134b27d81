package mx.gob.cdmx.mpi.measure;

import java.util.List;

/** Every valid measurement of one or more files, in file then line order, and the files read. */
public record DataSet(List<Measurement> measurements, List<SourceFile> files) {

  public DataSet {
    measurements = List.copyOf(measurements);
    files = List.copyOf(files);
  }

  /** The rows of one indicator and variable, in file then line order. */
  public List<Measurement> rows(String indicator, String variable) {
    return measurements.stream()
        .filter(m -> m.indicator().equals(indicator) && m.variable().equals(variable))
        .toList();
  }

  /** The rows of one indicator, every variable. */
  public List<Measurement> rows(String indicator) {
    return measurements.stream().filter(m -> m.indicator().equals(indicator)).toList();
  }
}
