package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.PlanReader;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.output.Outputs;
import mx.gob.cdmx.mpi.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command {@code mpi}: global options and the list of subcommands. */
@Command(
    name = "mpi",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    synopsisSubcommandLabel = "COMANDO",
    descriptionHeading = "%n",
    optionListHeading = "%nOpciones:%n",
    commandListHeading = "%nComandos:%n",
    parameterListHeading = "%nArgumentos:%n",
    footerHeading = "%n",
    description = {
      "Seguimiento del Plan Anual de Trabajo del Mecanismo de Protección Integral de Personas"
          + " Defensoras de Derechos Humanos y Periodistas de la Ciudad de México (MPI CDMX):"
          + " valida las mediciones, evalúa los indicadores y genera los informes."
    },
    footer = {
      "Ejemplos:",
      "  Revisar las mediciones de una carpeta:",
      "    mpi validate examples/",
      "  Informe del segundo trimestre en PDF:",
      "    mpi report --period 2025-Q2 examples/",
      "  Ayuda de un comando:",
      "    mpi help validate",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 la entrada tiene"
          + " errores, 2 error de uso, 3 error interno."
    },
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      ReportCommand.class,
      PacketCommand.class,
      PlanCommand.class,
      TemplateCommand.class,
      FaltantesCommand.class,
      ExportCommand.class,
      SiteCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    })
final class MpiCommand implements Callable<Integer> {

  final InputStream in;

  /** The environment (CI variables such as GITHUB_WORKSPACE); tests give their own. */
  Function<String, String> env = System::getenv;

  final PrintWriter out;
  final PrintWriter err;

  /** Standard input copied to a private temporary file, once per run; null until asked for. */
  private Path stdinCopy;

  /**
   * The guard on {@link #out} against forged CI commands; null when not run through {@link Cli}.
   */
  LineGuard outGuard;

  /** Lets {@code validate --format github} write its own annotation lines. */
  void allowAnnotations() {
    if (outGuard != null) {
      outGuard.allowAnnotations();
    }
  }

  /** The bytes of standard output, for {@code -o -} (null in tests that pass only writers). */
  final OutputStream stdout;

  @Spec CommandSpec spec;

  @Mixin HelpOptions help;

  @Option(
      names = "--plan",
      paramLabel = "ARCHIVO",
      scope = ScopeType.INHERIT,
      description = "Plan YAML a usar (por omisión, el plan 2025 integrado).")
  Path planFile;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Muestra el detalle técnico de los errores internos.")
  boolean debug;

  MpiCommand(InputStream in, PrintWriter out, PrintWriter err) {
    this(in, out, err, null);
  }

  MpiCommand(InputStream in, PrintWriter out, PrintWriter err, OutputStream stdout) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.stdout = stdout;
  }

  /**
   * The guard for this command's outputs: refuses any that would overwrite {@code inputs}, the plan
   * or (when given) a file of the templates folder (docs/seguridad.md).
   */
  Outputs outputs(List<Path> inputs, Path templates) {
    List<Path> all = new java.util.ArrayList<>(inputs);
    if (planFile != null) {
      all.add(planFile);
    }
    OutputStream raw = stdout;
    if (raw == null) {
      raw =
          new OutputStream() {
            @Override
            public void write(int b) {
              write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              out.print(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
              out.flush();
            }
          };
    } else {
      out.flush();
    }
    Outputs o = Outputs.protecting(all, raw);
    return templates == null ? o : o.protectingFolder(templates);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return ExitCodes.USAGE;
  }

  /** The plan once loaded, so that a command asking twice reads and reports it once. */
  private Plan loaded;

  /**
   * Loads and checks the plan once per run (later calls return the same plan); prints its problems;
   * stops with exit 1 when it has errors.
   */
  Plan loadPlan() {
    if (loaded != null) {
      return loaded;
    }
    PlanReader.Result result;
    if (planFile == null) {
      result = PlanReader.readEmbedded();
    } else {
      if (!Files.isRegularFile(planFile)) {
        throw new UsageException(notAPlan(planFile));
      }
      result = PlanReader.read(planFile);
    }
    printProblems(result.problems());
    if (result.hasErrors()) {
      long n = result.problems().stream().filter(Problem::isError).count();
      err.println(
          n == 1
              ? "El plan tiene 1 error; corríjalo y vuelva a intentar."
              : "El plan tiene " + n + " errores; corríjalos y vuelva a intentar.");
      throw new InputErrorsException();
    }
    loaded = result.plan();
    return loaded;
  }

  /** Why {@code file}, which is not a regular file, cannot be the plan. */
  static String notAPlan(Path file) {
    if (!Files.exists(file)) {
      return "no existe el archivo del plan: " + file;
    }
    return "el plan «"
        + file
        + (Files.isDirectory(file)
            ? "» es una carpeta; indique el archivo .yaml del plan, p. ej. --plan plan-2025.yaml"
            : "» no es un archivo normal (es una FIFO, un dispositivo o un socket); indique el"
                + " archivo .yaml del plan");
  }

  /**
   * Standard input, read to the end into a temporary file readable only by the user (the CSV reader
   * reads a file twice: once to detect its encoding, once to parse it). {@link #close()} deletes
   * it.
   */
  Path stdinCopy() throws IOException {
    if (stdinCopy == null) {
      Path tmp = Files.createTempFile("mpi-entrada-", ".csv");
      stdinCopy = tmp;
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    }
    return stdinCopy;
  }

  /** How problems name the inputs: standard input is {@code -}; files keep their own path. */
  Map<Path, String> displayNames() {
    return stdinCopy == null ? Map.of() : Map.of(stdinCopy, DataOptions.STDIN);
  }

  /** Where the inputs named in problems can be read: standard input's copy for {@code -}. */
  Map<String, Path> sources() {
    return stdinCopy == null ? Map.of() : Map.of(DataOptions.STDIN, stdinCopy);
  }

  /** Deletes the copy of standard input, if one was made. */
  void close() {
    if (stdinCopy != null) {
      try {
        Files.deleteIfExists(stdinCopy);
      } catch (IOException e) {
        err.println(
            "mpi: no se pudo borrar el archivo temporal " + stdinCopy + ": " + IoReason.of(e));
      }
    }
  }

  /** Prints problems for a person, each followed by its source line and a caret when known. */
  void printProblems(List<Problem> problems) {
    ProblemPrinter.print(err, problems, sources());
  }
}
