package mx.gob.cdmx.mpi.render.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.cdmx.mpi.diagnostics.Check;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.measure.SourceFile;
import mx.gob.cdmx.mpi.render.JsonStyle;
import mx.gob.cdmx.mpi.validate.ValidationResult;
import mx.gob.cdmx.mpi.validate.Validator;

/**
 * The output formats of {@code mpi validate} (docs/validacion.md): plain text lines for people,
 * JSON, GitHub Actions workflow commands and SARIF 2.1.0. Every format is deterministic: the same
 * result gives the same bytes.
 */
public final class ProblemFormat {
  private ProblemFormat() {}

  /**
   * The JSON machinery, loaded only when JSON or SARIF is written: building an {@code ObjectMapper}
   * loads some 300 classes (about 0.2 s), which text and GitHub output do not need ({@code
   * docs/rendimiento.md}).
   */
  private static final class Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectWriter WRITER;

    static {
      WRITER = new ObjectMapper().writer(JsonStyle.printer());
    }

    private Json() {}
  }

  /** The SARIF schema this output follows. */
  public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  // ---------------------------------------------------------------- text

  /**
   * Every problem as {@code file:line:column: error|warning: message [code]}, then the count of
   * problems not kept, then the summary line.
   */
  public static String text(ValidationResult result) {
    StringBuilder sb = new StringBuilder();
    result.problems().forEach(p -> sb.append(p.format()).append('\n'));
    return sb.append(tail(result)).toString();
  }

  /** What follows the problems: how many were not shown (if any) and the summary, one a line. */
  public static String tail(ValidationResult result) {
    String more = more(result);
    return (more.isEmpty() ? "" : more + "\n") + summary(result) + "\n";
  }

  /** "… y N problemas más (…)" when problems were not kept, else empty. */
  public static String more(ValidationResult result) {
    if (result.suppressed() == 0) {
      return "";
    }
    return "… y "
        + count(result.suppressed(), "problema más", "problemas más")
        + " (se muestran hasta "
        + Validator.MAX_PROBLEMS_PER_FILE
        + " errores y "
        + Validator.MAX_PROBLEMS_PER_FILE
        + " advertencias por archivo).";
  }

  /**
   * One Spanish line: {@code 3 archivos, 148 filas: sin errores, 2 advertencias.} The counts are of
   * the problems kept, and the line says how many more were found but not kept.
   */
  public static String summary(ValidationResult result) {
    int files = result.data().files().size();
    long errors = result.errors();
    long warnings = result.warnings();
    String head =
        count(files, "archivo", "archivos") + ", " + count(result.rows(), "fila", "filas") + ": ";
    String tail;
    if (errors == 0 && warnings == 0) {
      tail = "sin errores ni advertencias";
    } else if (errors == 0) {
      tail = "sin errores, " + count(warnings, "advertencia", "advertencias");
    } else if (warnings == 0) {
      tail = count(errors, "error", "errores");
    } else {
      tail =
          count(errors, "error", "errores") + ", " + count(warnings, "advertencia", "advertencias");
    }
    if (result.suppressed() > 0) {
      tail +=
          ", sin contar "
              + count(result.suppressed(), "problema", "problemas")
              + " que no se muestran";
    }
    return head + tail + ".";
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  // ---------------------------------------------------------------- json

  /**
   * {@code {"valid", "errors", "warnings", "problems": [{"file", "line", "column", "severity",
   * "code", "message"}]}}, pretty-printed, ending in a newline. A problem in a workbook also has
   * {@code "sheet"} and {@code "cell"} (e.g. {@code "D14"}; line and column are its row and
   * column).
   */
  public static String json(ValidationResult result) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("valid", !result.hasErrors());
    root.put("errors", result.errors());
    root.put("warnings", result.warnings());
    ArrayNode problems = root.putArray("problems");
    for (Problem p : result.problems()) {
      ObjectNode o = problems.addObject();
      o.put("file", p.file());
      o.put("line", p.line());
      o.put("column", p.column());
      if (p.sheet() != null) {
        o.put("sheet", p.sheet());
        o.put("cell", p.cell());
      }
      o.put("severity", p.severity().word());
      o.put("code", p.code());
      o.put("message", p.message());
    }
    return write(root);
  }

  // ---------------------------------------------------------------- github

  /** GitHub shows at most this many annotations of each level (error, warning) per step. */
  public static final int GITHUB_ANNOTATIONS_PER_LEVEL = 10;

  /** {@link #github(ValidationResult, CiContext)} with paths as given. */
  public static String github(ValidationResult result) {
    return github(result, CiContext.NONE);
  }

  /**
   * One workflow command per problem: {@code ::error file=F,line=L,col=C,title=CODE::MESSAGE} (line
   * and column at least 1, as GitHub expects; the path relative to the checkout). GitHub shows only
   * the first {@value #GITHUB_ANNOTATIONS_PER_LEVEL} errors and warnings of a step, so past that
   * many of a level the problems are plain log lines ({@code file:line:col: error: …}) and one
   * {@code ::notice} gives the totals and points at the step summary. The summary line ends it.
   */
  public static String github(ValidationResult result, CiContext ci) {
    StringBuilder sb = new StringBuilder();
    Map<String, Integer> shown = new LinkedHashMap<>();
    int unshown = 0;
    for (Problem p : result.problems()) {
      String level = p.severity().word();
      int n = shown.merge(level, 1, Integer::sum);
      String file = ci.path(p.file());
      if (n > GITHUB_ANNOTATIONS_PER_LEVEL) {
        unshown++;
        String plain =
            new Problem(file, p.line(), p.column(), p.severity(), p.code(), p.message())
                .inSheet(p.sheet())
                .format();
        sb.append(plain.startsWith(":") || plain.startsWith("#") ? "\\" + plain : plain)
            .append('\n');
        continue;
      }
      sb.append("::")
          .append(level)
          .append(" file=")
          .append(githubProperty(file))
          .append(",line=")
          .append(Math.max(1, p.line()))
          .append(",col=")
          .append(Math.max(1, p.column()))
          .append(",title=")
          .append(githubProperty(p.code()))
          .append("::")
          .append(githubData(inSheet(p) + p.message()))
          .append('\n');
    }
    if (unshown > 0) {
      sb.append("::notice title=")
          .append(
              githubProperty("mpi validate: " + count(unshown, "problema más", "problemas más")))
          .append("::")
          .append(
              githubData(
                  count(result.errors(), "error", "errores")
                      + " y "
                      + count(result.warnings(), "advertencia", "advertencias")
                      + " en total; GitHub anota sólo los primeros "
                      + GITHUB_ANNOTATIONS_PER_LEVEL
                      + " de cada tipo. Los otros "
                      + unshown
                      + " están en el registro de este paso y en su resumen"
                      + " (Summary de la ejecución)."))
          .append('\n');
    }
    return sb.append(tail(result)).toString();
  }

  /** {@code "hoja mediciones, celda D14: "} for a problem in a workbook, else empty. */
  private static String inSheet(Problem p) {
    if (p.sheet() == null) {
      return "";
    }
    String where = p.location().substring(p.file().length() + 2);
    return where + ": ";
  }

  /** Escapes a workflow command's message: {@code %}, CR and LF. */
  public static String githubData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a workflow command's property value: as data, plus {@code :} and {@code ,}. */
  public static String githubProperty(String s) {
    return githubData(s).replace(":", "%3A").replace(",", "%2C");
  }

  // ---------------------------------------------------------------- sarif

  /**
   * A SARIF 2.1.0 log with one run of tool {@code mpi}: one rule per check that was found, one
   * result per problem, and the files read as artifacts with their SHA-256.
   */
  public static String sarif(ValidationResult result, String toolVersion) {
    return sarif(result, toolVersion, CiContext.NONE);
  }

  /**
   * The SARIF log, with paths relative to the checkout, each rule's Spanish help from
   * docs/validacion.md ({@code helpUri} when the docs' address is known), {@code automationDetails}
   * and the invocation's exit code (1 with errors, else 0).
   */
  public static String sarif(ValidationResult result, String toolVersion, CiContext ci) {
    ObjectNode root = Json.NODES.objectNode();
    root.put("$schema", SARIF_SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "mpi");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", semantic(toolVersion));
    Map<String, Integer> ruleIndex = ruleIndex(result);
    ArrayNode rules = driver.putArray("rules");
    for (String code : ruleIndex.keySet()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code);
      var check = Check.of(code);
      String shortText = check.map(Check::description).orElse(code);
      rule.putObject("shortDescription").put("text", shortText);
      ruleHelp(rule, code, shortText, ci);
      rule.putObject("defaultConfiguration")
          .put("level", check.map(c -> c.severity().word()).orElse("error"));
    }
    run.putObject("automationDetails").put("id", "mpi/validate/");
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", true);
    invocation.put("exitCode", result.hasErrors() ? 1 : 0);
    ArrayNode artifacts = run.putArray("artifacts");
    for (SourceFile f : result.data().files()) {
      ObjectNode a = artifacts.addObject();
      a.putObject("location").put("uri", uri(ci.path(f.name())));
      a.putObject("hashes").put("sha-256", f.sha256());
    }
    results(run.putArray("results"), result, ruleIndex, ci);
    run.put("columnKind", "unicodeCodePoints");
    return write(root);
  }

  /** Each rule's index: the catalogue's codes found, in catalogue order, then any other, sorted. */
  private static Map<String, Integer> ruleIndex(ValidationResult result) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Check c : Check.values()) {
      if (result.problems().stream().anyMatch(p -> p.code().equals(c.code()))) {
        ruleIndex.put(c.code(), ruleIndex.size());
      }
    }
    List<String> otherCodes = new ArrayList<>();
    result.problems().stream()
        .map(Problem::code)
        .distinct()
        .filter(code -> !ruleIndex.containsKey(code))
        .sorted()
        .forEach(otherCodes::add);
    otherCodes.forEach(code -> ruleIndex.put(code, ruleIndex.size()));
    return ruleIndex;
  }

  /** One SARIF result per problem, located by file, line and column when known. */
  private static void results(
      ArrayNode results, ValidationResult result, Map<String, Integer> ruleIndex, CiContext ci) {
    for (Problem p : result.problems()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", p.code());
      r.put("ruleIndex", ruleIndex.get(p.code()));
      r.put("level", p.severity().word());
      r.putObject("message").put("text", inSheet(p) + p.message());
      ObjectNode location = r.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(ci.path(p.file())));
      if (p.sheet() != null) {
        String name = p.sheet() + (p.cell().isEmpty() ? "" : "!" + p.cell());
        location
            .putArray("logicalLocations")
            .addObject()
            .put("name", name)
            .put("fullyQualifiedName", name)
            .put("kind", "element");
        location.putObject("properties").put("sheet", p.sheet()).put("cell", p.cell());
      } else if (p.line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", p.line());
        if (p.column() > 0) {
          region.put("startColumn", p.column());
        }
      }
    }
  }

  /** A rule's fullDescription, help (text and Markdown) and helpUri, from docs/validacion.md. */
  private static void ruleHelp(ObjectNode rule, String code, String shortText, CiContext ci) {
    var row = RuleHelp.of(code);
    String anchor = "validacion.md#comprobaciones";
    String where = ci.docsUrl() == null ? "docs/" + anchor : ci.docsUrl() + anchor;
    String fullText = row.map(r -> capitalized(r.plainWhen()) + ".").orElse(shortText);
    String fullMarkdown = row.map(r -> capitalized(r.when()) + ".").orElse(shortText);
    rule.putObject("fullDescription").put("text", fullText).put("markdown", fullMarkdown);
    ObjectNode help = rule.putObject("help");
    help.put(
        "text",
        shortText
            + " Cuándo: "
            + fullText
            + row.map(r -> " Ejemplo de mensaje: «" + r.plainExample() + "».").orElse("")
            + " Detalle: "
            + where);
    help.put(
        "markdown",
        "**"
            + shortText
            + "**\n\nCuándo: "
            + fullMarkdown
            + row.map(r -> "\n\nEjemplo de mensaje: " + r.example()).orElse("")
            + "\n\nDetalle: ["
            + "docs/validacion.md"
            + "]("
            + where
            + ")");
    if (ci.docsUrl() != null) {
      rule.put("helpUri", where);
    }
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }

  /** The version as SemVer when it is one (e.g. {@code 0.1.0}), else {@code 0.0.0-…}. */
  private static String semantic(String version) {
    return version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")
        ? version
        : "0.0.0-" + version.replaceAll("[^0-9A-Za-z-]", "-");
  }

  /**
   * A file name as a URI reference: relative paths keep their form with forward slashes, absolute
   * paths become {@code file:} URIs; unsafe characters are percent-encoded.
   */
  static String uri(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      // A name this locale cannot encode (an accent under LC_ALL=C): kept as written.
      return reference(file.replace('\\', '/'));
    }
    if (path.isAbsolute()) {
      Path cwd = Path.of("").toAbsolutePath();
      if (path.normalize().startsWith(cwd)) {
        path = cwd.relativize(path.normalize());
      } else {
        return path.toUri().toASCIIString();
      }
    }
    return reference(path.toString().replace('\\', '/'));
  }

  /** A relative path with forward slashes as a percent-encoded URI reference. */
  private static String reference(String relative) {
    String slashed = relative;
    if ((slashed.indexOf(':') >= 0 && slashed.indexOf(':') < Math.max(0, slashed.indexOf('/')))
        || (slashed.indexOf(':') >= 0 && slashed.indexOf('/') < 0)) {
      slashed = "./" + slashed;
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed.replaceAll("[^A-Za-z0-9._~/-]", "_");
    }
  }

  static String write(com.fasterxml.jackson.databind.JsonNode root) {
    try {
      return Json.WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
