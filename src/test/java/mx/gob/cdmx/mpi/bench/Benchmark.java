package mx.gob.cdmx.mpi.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.evaluate.Evaluator;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.period.Period;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.render.packet.PacketOptions;
import mx.gob.cdmx.mpi.render.packet.PacketRenderer;
import mx.gob.cdmx.mpi.render.pdf.PdfReport;
import mx.gob.cdmx.mpi.render.report.ReportModel;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Prints how fast validation and evaluation run, each beside a baseline measured in the same run
 * (plain Commons CSV parsing of the same file), so the figures compare across machines as ratios.
 * Run with {@code bench/run}; it is not a unit test and asserts nothing.
 */
public final class Benchmark {

  /** Keeps the results of the measured work alive so the JIT cannot drop it. */
  private static volatile Object sink;

  private Benchmark() {}

  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    Plan plan = PlanReader.readEmbedded().plan();
    Path dir = Files.createTempDirectory("mpi-bench");
    Path valid = dir.resolve("validas.csv");
    Path big = dir.resolve("grande.csv");
    int validRows = writeValid(plan, valid);
    writeBig(plan, big, rows);
    System.out.printf(
        Locale.ROOT,
        "mpi benchmark — %d filas (%.1f MB), %d filas válidas%n",
        rows,
        Files.size(big) / 1e6,
        validRows);

    long heap = heapAfterGc();
    ValidationResult kept = Validator.validate(plan, List.of(big));
    long used = heapAfterGc() - heap;
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.1f MB retenidos (%d problemas guardados, %d más)%n",
        "memoria tras validar el archivo grande",
        used / 1e6,
        kept.problems().size(),
        kept.suppressed());

    double baseline = best(() -> parseOnly(big));
    double validate = best(() -> Validator.validate(plan, List.of(big)).problems().size());
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.1f ms  %10.0f filas/s%n",
        "línea base: Commons CSV, sólo leer",
        baseline,
        rows / baseline * 1000);
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.1f ms  %10.0f filas/s  ×%.2f de la base%n",
        "validate (todas las revisiones)",
        validate,
        rows / validate * 1000,
        validate / baseline);

    ValidationResult data = Validator.validate(plan, List.of(valid));
    List<Period> periods =
        List.of(
            Period.parse("2025-01"),
            Period.parse("2025-B3"),
            Period.parse("2025-Q2"),
            Period.parse("2025-S1"),
            Period.parse("2025"));
    double validBaseline = best(() -> parseOnly(valid));
    double evaluate =
        best(
            () -> {
              int n = 0;
              for (Period p : periods) {
                n += Evaluator.evaluate(plan, data.data(), p).results().size();
              }
              return n;
            });
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.3f ms%n",
        "línea base: leer " + validRows + " filas válidas",
        validBaseline);
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.3f ms  ×%.2f de la base%n",
        "evaluate, 26 indicadores × 5 periodos",
        evaluate,
        evaluate / validBaseline);

    Evaluation q2 = Evaluator.evaluate(plan, data.data(), Period.parse("2025-Q2"));
    double evaluateQ2 = best(() -> Evaluator.evaluate(plan, data.data(), Period.parse("2025-Q2")));
    LocalDate date = LocalDate.of(2025, 6, 26);
    double report = best(() -> PdfReport.render(ReportModel.of(q2, date), date).pages());
    double packet =
        best(
            () ->
                PacketRenderer.render(q2, data, new PacketOptions("Sesión", date, "bench"))
                    .pages());
    System.out.printf(Locale.ROOT, "%-44s %9.3f ms%n", "línea base: evaluate 2025-Q2", evaluateQ2);
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.1f ms  ×%.0f de la base%n",
        "report PDF 2025-Q2",
        report,
        report / evaluateQ2);
    System.out.printf(
        Locale.ROOT,
        "%-44s %9.1f ms  ×%.0f de la base%n",
        "packet PDF/A 2025-Q2",
        packet,
        packet / evaluateQ2);

    Files.delete(valid);
    Files.delete(big);
    Files.delete(dir);
  }

  /** One valid monthly row per indicator, variable and month of 2024 and 2025. */
  private static int writeValid(Plan plan, Path file) throws IOException {
    int n = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicador,periodo,variable,valor,nota\n");
      for (Indicator ind : plan.indicators()) {
        for (String variable : ind.variableNames()) {
          for (int year = 2024; year <= 2025; year++) {
            for (int m = 1; m <= 12; m++) {
              w.write(
                  String.format(
                      Locale.ROOT,
                      "%s,%d-%02d,%s,%d,nota de prueba %d%n",
                      ind.id(),
                      year,
                      m,
                      variable,
                      m % 3,
                      n));
              n++;
            }
          }
        }
      }
    }
    return n;
  }

  /** A big file: the valid rows repeated (so most rows are duplicates) plus some garbage. */
  private static void writeBig(Plan plan, Path file, int rows) throws IOException {
    List<String> ids = plan.indicators().stream().map(Indicator::id).toList();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicador,periodo,valor,nota\n");
      for (int i = 0; i < rows; i++) {
        String id = i % 97 == 0 ? "9.9.9" : ids.get(i % ids.size());
        String value = i % 89 == 0 ? "abc" : Integer.toString(i % 5);
        w.write(
            String.format(
                Locale.ROOT,
                "%s,2025-%02d,%s,\"fila %d, con coma\"%n",
                id,
                1 + (i / ids.size()) % 12,
                value,
                i));
      }
    }
  }

  private static int parseOnly(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
      int n = 0;
      for (CSVRecord rec : p) {
        n += rec.size();
      }
      return n;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Best of five runs after two warm-ups, in milliseconds. */
  private static double best(Supplier<Object> work) {
    for (int i = 0; i < 2; i++) {
      sink = work.get();
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      sink = work.get();
      best = Math.min(best, (System.nanoTime() - t) / 1e6);
    }
    return best;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
