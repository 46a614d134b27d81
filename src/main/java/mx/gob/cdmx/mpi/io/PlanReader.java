package mx.gob.cdmx.mpi.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Shown;
import mx.gob.cdmx.mpi.diagnostics.Suggest;
import mx.gob.cdmx.mpi.formula.Formula;
import mx.gob.cdmx.mpi.formula.FormulaException;
import mx.gob.cdmx.mpi.io.YamlTree.Entry;
import mx.gob.cdmx.mpi.io.YamlTree.ListNode;
import mx.gob.cdmx.mpi.io.YamlTree.MapNode;
import mx.gob.cdmx.mpi.io.YamlTree.Node;
import mx.gob.cdmx.mpi.io.YamlTree.Pos;
import mx.gob.cdmx.mpi.io.YamlTree.ScalarNode;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.plan.Aggregation;
import mx.gob.cdmx.mpi.plan.CronogramaRow;
import mx.gob.cdmx.mpi.plan.Dimension;
import mx.gob.cdmx.mpi.plan.Direction;
import mx.gob.cdmx.mpi.plan.Frequency;
import mx.gob.cdmx.mpi.plan.Group;
import mx.gob.cdmx.mpi.plan.Indicator;
import mx.gob.cdmx.mpi.plan.IndicatorText;
import mx.gob.cdmx.mpi.plan.Plan;
import mx.gob.cdmx.mpi.plan.PlanSource;
import mx.gob.cdmx.mpi.plan.Program;
import mx.gob.cdmx.mpi.plan.Publication;
import mx.gob.cdmx.mpi.plan.Schedule;
import mx.gob.cdmx.mpi.plan.Thresholds;
import mx.gob.cdmx.mpi.plan.Transparency;
import mx.gob.cdmx.mpi.plan.Variable;
import mx.gob.cdmx.mpi.plan.VariableType;

/**
 * Reads and checks a plan YAML file (format in {@code docs/plan-formato.md}). Every problem is
 * collected with its line and column; the plan is returned only when there are no errors.
 */
public final class PlanReader {

  /** The name of the plan embedded in the jar. */
  public static final String EMBEDDED_RESOURCE = "/plan-2025.yaml";

  /** The name shown for the embedded plan in messages. */
  public static final String EMBEDDED_NAME = "plan-2025.yaml (integrado)";

  /** A variable's name: lower case, digits and underscore (compiled once, not per variable). */
  private static final java.util.regex.Pattern VARIABLE_NAME =
      java.util.regex.Pattern.compile("[a-z_][a-z0-9_]*");

  // The keys of each mapping, made once (a national plan has tens of thousands of mappings).
  private static final Set<String> PLAN_REQUIRED =
      Set.of("id", "institucion", "nombre_corto", "anio", "titulo");
  private static final Set<String> PLAN_OPTIONAL =
      Set.of(
          "fuente_documento",
          "semaforo",
          "introduccion",
          "mision",
          "vision",
          "programas",
          "cronograma",
          "indicadores",
          "publico");
  private static final Set<String> INDICATOR_REQUIRED =
      Set.of("id", "programa", "nombre", "meta", "sentido", "formula", "variables");
  private static final Set<String> INDICATOR_OPTIONAL =
      Set.of(
          "grupo",
          "texto",
          "cronograma",
          "unidad",
          "frecuencia",
          "calendario",
          "linea_base",
          "interpretacion",
          "cuenta_personas",
          "dimension",
          "meta_ajustada");
  private static final Set<String> TEXT_KEYS =
      Set.of(
          "descripcion",
          "meta_programada",
          "indicador",
          "dimension",
          "definicion",
          "metodo_calculo",
          "unidad_medida",
          "linea_base",
          "responsables",
          "fuente_informacion");
  private static final Set<String> VARIABLE_REQUIRED = Set.of("nombre", "tipo", "agregacion");
  private static final Set<String> VARIABLE_OPTIONAL = Set.of("descripcion");

  /** The result of reading a plan: the plan (null when there are errors) and every problem. */
  public record Result(Plan plan, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private final String file;
  private final String text;

  /** The text's lines, made only for a message that needs them (a 12 MB plan has 400,000). */
  private List<String> lines;

  private final List<Problem> problems = new ArrayList<>();

  private final boolean embedded;

  private PlanReader(String file, String text, boolean embedded) {
    this.file = file;
    this.embedded = embedded;
    this.text = text;
  }

  /** Reads the plan embedded in the jar. */
  public static Result readEmbedded() {
    try (InputStream in = PlanReader.class.getResourceAsStream(EMBEDDED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("embedded plan missing from the jar");
      }
      return read(EMBEDDED_NAME, in.readAllBytes(), true);
    } catch (IOException e) {
      throw new IllegalStateException("embedded plan unreadable", e);
    }
  }

  /** Reads a plan file; an unreadable file gives a problem, not an exception. */
  public static Result read(Path path) {
    try {
      return read(path.toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      return new Result(
          null,
          List.of(
              Problem.error(
                  path.toString(),
                  0,
                  0,
                  "plan-unreadable",
                  "no se pudo leer el plan: " + IoReason.of(e))));
    }
  }

  /** Reads a plan from its bytes; {@code name} is used in messages. */
  public static Result read(String name, byte[] bytes) {
    return read(name, bytes, false);
  }

  /** Plans from this size on are hashed on another thread while they are parsed. */
  private static final int HASH_APART_BYTES = 1 << 20;

  private static Result read(String name, byte[] bytes, boolean embedded) {
    Supplier<String> sha;
    if (bytes.length < HASH_APART_BYTES) {
      String digest = Hashing.sha256(bytes);
      sha = () -> digest;
    } else {
      CompletableFuture<String> digest = CompletableFuture.supplyAsync(() -> Hashing.sha256(bytes));
      sha = digest::join;
    }
    String text;
    try {
      text = Utf8Text.decodeStrict(bytes, true);
    } catch (CharacterCodingException e) {
      return new Result(
          null,
          List.of(
              Problem.error(
                  name, 0, 0, "plan-encoding", "el plan no está en UTF-8; guárdelo como UTF-8")));
    }
    PlanReader reader = new PlanReader(name, text, embedded);
    Plan plan = reader.build(sha);
    boolean errors = reader.problems.stream().anyMatch(Problem::isError);
    return new Result(errors ? null : plan, reader.problems);
  }

  // ---------------------------------------------------------------- building

  private Plan build(Supplier<String> sha) {
    Node root = YamlTree.parse(text, file, problems);
    if (root == null) {
      return null;
    }
    MapNode map = asMap(root, "el plan");
    if (map == null) {
      return null;
    }
    keys(map, "el plan", PLAN_REQUIRED, PLAN_OPTIONAL);
    String id = string(map, "id", true);
    Integer year = integer(map, "anio", true);
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      error(
          valuePos(map, "anio"),
          "plan-year",
          "«anio» vale "
              + year
              + ", fuera del rango admitido ("
              + MIN_YEAR
              + " a "
              + MAX_YEAR
              + "); escriba el año del plan con cuatro cifras, p. ej. 2025");
    }
    Thresholds thresholds = thresholds(map);
    List<Program> programs = programs(map);
    List<CronogramaRow> rows = cronograma(map);
    List<Indicator> indicators = indicators(map, programs, rows);
    Publication publication = publication(map);
    if (problems.stream().anyMatch(Problem::isError)) {
      return null;
    }
    return new Plan(
        id,
        string(map, "institucion", true),
        string(map, "nombre_corto", true),
        year,
        string(map, "titulo", true),
        string(map, "fuente_documento", false),
        thresholds,
        string(map, "introduccion", false),
        string(map, "mision", false),
        string(map, "vision", false),
        programs,
        rows,
        indicators,
        new PlanSource(file, sha.get(), embedded),
        publication);
  }

  /** {@code publico: {umbral: N}}, N a whole number from 1 (docs/transparencia.md). */
  private Publication publication(MapNode map) {
    MapNode m = optionalMap(map, "publico");
    if (m == null) {
      return Publication.DEFAULT;
    }
    keys(m, "publico", Set.of(), Set.of("umbral"));
    Integer threshold = integer(m, "umbral", false);
    if (threshold == null) {
      return Publication.DEFAULT;
    }
    if (threshold < 1) {
      error(
          valuePos(m, "umbral"),
          "plan-value",
          "«umbral» vale "
              + threshold
              + "; debe ser un número entero de 1 en adelante (por omisión "
              + Publication.DEFAULT_THRESHOLD
              + ": las cifras de 1 a 4 personas o casos se publican como «menos de 5»)");
      return Publication.DEFAULT;
    }
    return new Publication(threshold);
  }

  /** {@code cuenta_personas}, {@code dimension} and {@code meta_ajustada} of an indicator. */
  private Transparency transparency(MapNode m, String where) {
    boolean countsPeople = false;
    ScalarNode people = scalar(m, "cuenta_personas", false);
    if (people != null) {
      if (people.token() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE) {
        countsPeople = true;
      } else if (people.token() != com.fasterxml.jackson.core.JsonToken.VALUE_FALSE) {
        error(
            people.pos(),
            "plan-type",
            where + ": «cuenta_personas» debe ser true o false y se encontró " + describe(people));
      }
    }
    Dimension dimension = enumValue(m, "dimension", Dimension.values(), Dimension::yaml, false);
    BigDecimal adjusted = decimal(m, "meta_ajustada", false);
    if (adjusted != null && adjusted.signum() < 0) {
      error(
          valuePos(m, "meta_ajustada"),
          "plan-negative-target",
          where + ": la meta ajustada " + adjusted.toPlainString() + " es negativa");
    }
    return new Transparency(countsPeople, dimension, adjusted);
  }

  private Thresholds thresholds(MapNode map) {
    MapNode s = optionalMap(map, "semaforo");
    if (s == null) {
      return Thresholds.DEFAULT;
    }
    keys(s, "semaforo", Set.of("verde", "amarillo"), Set.of("sobrecumplimiento"));
    BigDecimal green = decimal(s, "verde", true);
    BigDecimal yellow = decimal(s, "amarillo", true);
    BigDecimal over = decimal(s, "sobrecumplimiento", false);
    if (green == null || yellow == null) {
      return Thresholds.DEFAULT;
    }
    if (yellow.compareTo(green) > 0) {
      Pos p = s.entries().get("amarillo").keyPos();
      error(
          p,
          "plan-thresholds",
          "el umbral amarillo ("
              + yellow.toPlainString()
              + ") es mayor que el verde ("
              + green.toPlainString()
              + "); amarillo debe ser menor o igual que verde");
      return Thresholds.DEFAULT;
    }
    return new Thresholds(green, yellow, over == null ? Thresholds.DEFAULT.overTarget() : over);
  }

  private List<Program> programs(MapNode map) {
    List<Program> out = new ArrayList<>();
    ListNode list = optionalList(map, "programas");
    if (list == null) {
      return out;
    }
    Map<String, Pos> seen = new HashMap<>();
    Map<String, Pos> seenGroups = new HashMap<>();
    for (Node n : list.items()) {
      MapNode m = asMap(n, "un programa");
      if (m == null) {
        continue;
      }
      keys(m, "un programa", Set.of("id", "nombre"), Set.of("objetivo", "grupos"));
      String id = string(m, "id", true);
      unique(seen, id, m, "programa", "duplicate-program");
      List<Group> groups = new ArrayList<>();
      ListNode gl = optionalList(m, "grupos");
      if (gl != null) {
        for (Node gn : gl.items()) {
          MapNode g = asMap(gn, "un grupo");
          if (g == null) {
            continue;
          }
          keys(g, "un grupo", Set.of("id", "nombre"), Set.of("descripcion"));
          String gid = string(g, "id", true);
          unique(seenGroups, gid, g, "grupo", "duplicate-group");
          groups.add(new Group(gid, string(g, "nombre", true), string(g, "descripcion", false)));
        }
      }
      out.add(
          new Program(
              id == null ? "?" : id,
              string(m, "nombre", true),
              string(m, "objetivo", false),
              groups));
    }
    return out;
  }

  private List<CronogramaRow> cronograma(MapNode map) {
    List<CronogramaRow> out = new ArrayList<>();
    ListNode list = optionalList(map, "cronograma");
    if (list == null) {
      return out;
    }
    Map<String, Pos> seen = new HashMap<>();
    for (Node n : list.items()) {
      MapNode m = asMap(n, "una fila del cronograma");
      if (m == null) {
        continue;
      }
      keys(
          m,
          "una fila del cronograma",
          Set.of("fila", "accion"),
          Set.of("programa", "objetivo", "frecuencia", "fechas", "avance", "sentido"));
      Integer row = integer(m, "fila", true);
      if (row != null) {
        unique(seen, row.toString(), m, "fila del cronograma", "duplicate-cronograma-row");
      }
      out.add(
          new CronogramaRow(
              row == null ? 0 : row,
              string(m, "programa", false),
              string(m, "objetivo", false),
              string(m, "accion", true),
              string(m, "frecuencia", false),
              string(m, "fechas", false),
              string(m, "avance", false),
              string(m, "sentido", false)));
    }
    return out;
  }

  private List<Indicator> indicators(
      MapNode map, List<Program> programs, List<CronogramaRow> rows) {
    List<Indicator> out = new ArrayList<>();
    ListNode list = optionalList(map, "indicadores");
    if (list == null) {
      Pos p = map.pos();
      error(p, "missing-key", "falta la clave obligatoria «indicadores» en el plan");
      return out;
    }
    Set<String> programIds = new HashSet<>();
    Set<String> groupIds = new HashSet<>();
    for (Program p : programs) {
      programIds.add(p.id());
      p.groups().forEach(g -> groupIds.add(g.id()));
    }
    Set<Integer> rowNumbers = new HashSet<>();
    rows.forEach(r -> rowNumbers.add(r.row()));
    Map<String, Pos> seen = new HashMap<>();
    for (Node n : list.items()) {
      MapNode m = asMap(n, "un indicador");
      if (m == null) {
        continue;
      }
      Indicator ind = indicator(m, programIds, groupIds, rowNumbers, seen);
      if (ind != null) {
        out.add(ind);
      }
    }
    return out;
  }

  private Indicator indicator(
      MapNode m,
      Set<String> programIds,
      Set<String> groupIds,
      Set<Integer> rowNumbers,
      Map<String, Pos> seen) {
    int before = errorCount();
    String label =
        m.entries().get("id") != null
                && m.entries().get("id").value() instanceof ScalarNode sid
                && sid.text() != null
            ? "el indicador " + sid.text()
            : "un indicador";
    keys(m, label, INDICATOR_REQUIRED, INDICATOR_OPTIONAL);
    String id = string(m, "id", true);
    String where = id == null ? "un indicador" : "el indicador " + id;
    unique(seen, id, m, "indicador", "duplicate-indicator");
    String program = program(m, where, programIds);
    String group = group(m, where, groupIds);
    IndicatorText text = text(m);
    List<Integer> cron = cronogramaRows(m, where, rowNumbers);
    BigDecimal target = target(m, where);
    String unit = string(m, "unidad", false);
    Frequency frequency = enumValue(m, "frecuencia", Frequency.values(), Frequency::yaml, false);
    Schedule schedule = schedule(m, where);
    requireSchedule(m, where, schedule, target, unit);
    Direction direction = enumValue(m, "sentido", Direction.values(), Direction::yaml, true);
    BigDecimal baseline = decimal(m, "linea_base", false);
    String name = string(m, "nombre", true);
    List<Variable> variables = variables(m, where);
    Formula formula = formula(m, where, variables);
    String interpretation = string(m, "interpretacion", false);
    Transparency transparency = transparency(m, where);
    if (errorCount() > before) {
      return null;
    }
    return new Indicator(
        id,
        program,
        group,
        name,
        text,
        cron,
        target,
        unit,
        frequency,
        schedule,
        direction,
        baseline,
        formula,
        variables,
        interpretation,
        transparency);
  }

  /** The indicator's {@code programa}, which must be one of {@code programIds}. */
  private String program(MapNode m, String where, Set<String> programIds) {
    String program = string(m, "programa", true);
    if (program != null && !programIds.contains(program)) {
      Pos p = valuePos(m, "programa");
      error(
          p,
          "unknown-program",
          where
              + " pertenece al programa «"
              + program
              + "», que no está en «programas»;"
              + " programas definidos: "
              + String.join(", ", sorted(programIds)));
    }
    return program;
  }

  /** The indicator's {@code grupo} (optional), which must be a group of some programme. */
  private String group(MapNode m, String where, Set<String> groupIds) {
    String group = string(m, "grupo", false);
    if (group != null && !groupIds.contains(group)) {
      Pos p = valuePos(m, "grupo");
      error(
          p,
          "unknown-group",
          where + " pertenece al grupo «" + group + "», que no está en ningún programa");
    }
    return group;
  }

  /** The cronograma rows an indicator cites; a row that does not exist is an error. */
  private List<Integer> cronogramaRows(MapNode m, String where, Set<Integer> rowNumbers) {
    List<Integer> cron = new ArrayList<>();
    ListNode cl = optionalList(m, "cronograma");
    if (cl != null) {
      for (Node c : cl.items()) {
        Integer r = integerNode(c, "una fila del cronograma");
        if (r != null && !rowNumbers.contains(r)) {
          error(
              c.pos(),
              "unknown-cronograma-row",
              where + " cita la fila " + r + " del cronograma, que no existe");
        } else if (r != null) {
          cron.add(r);
        }
      }
    }
    return cron;
  }

  /** The indicator's numeric target ({@code meta}), null when absent; negative is an error. */
  private BigDecimal target(MapNode m, String where) {
    BigDecimal target = null;
    if (m.entries().containsKey("meta")) {
      target = decimal(m, "meta", false);
      if (target != null && target.signum() < 0) {
        Pos p = valuePos(m, "meta");
        error(
            p,
            "plan-negative-target",
            where + ": la meta " + target.toPlainString() + " es negativa");
      }
    }
    return target;
  }

  /** A numeric target not in % needs a {@code calendario} to be spread over the year. */
  private void requireSchedule(
      MapNode m, String where, Schedule schedule, BigDecimal target, String unit) {
    if (schedule == null
        && target != null
        && !Indicator.PERCENT.equals(unit)
        && !m.entries().containsKey("calendario")) {
      Pos p = m.pos();
      error(
          p,
          "plan-missing-schedule",
          where
              + " tiene meta "
              + target.toPlainString()
              + " pero no «calendario»; agregue"
              + " por ejemplo calendario: [25, 50, 75, 100]");
    }
  }

  private IndicatorText text(MapNode m) {
    MapNode t = optionalMap(m, "texto");
    if (t == null) {
      return new IndicatorText(null, null, null, null, null, null, null, null, null, null);
    }
    keys(t, "texto", Set.of(), TEXT_KEYS);
    return new IndicatorText(
        string(t, "descripcion", false),
        string(t, "meta_programada", false),
        string(t, "indicador", false),
        string(t, "dimension", false),
        string(t, "definicion", false),
        string(t, "metodo_calculo", false),
        string(t, "unidad_medida", false),
        string(t, "linea_base", false),
        string(t, "responsables", false),
        string(t, "fuente_informacion", false));
  }

  private Schedule schedule(MapNode m, String where) {
    Entry e = m.entries().get("calendario");
    if (e == null || (e.value() instanceof ScalarNode s && s.isNull())) {
      return null;
    }
    ListNode list = asList(e.value(), "«calendario»");
    if (list == null) {
      return null;
    }
    Pos p = e.value().pos();
    List<BigDecimal> values = new ArrayList<>();
    for (Node n : list.items()) {
      BigDecimal v = decimalNode(n, "un porcentaje del calendario");
      if (v == null) {
        return null;
      }
      values.add(v);
    }
    String shown = values.stream().map(BigDecimal::toPlainString).toList().toString();
    String problem = null;
    if (values.size() != 4) {
      problem = "tiene " + values.size() + " valores y debe tener 4 (uno por trimestre)";
    } else {
      for (int i = 0; i < 4 && problem == null; i++) {
        BigDecimal v = values.get(i);
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
          problem = "tiene " + v.toPlainString() + ", fuera de 0 a 100";
        } else if (i > 0 && v.compareTo(values.get(i - 1)) < 0) {
          problem =
              "baja de "
                  + values.get(i - 1).toPlainString()
                  + " a "
                  + v.toPlainString()
                  + " (los porcentajes son acumulados y no pueden disminuir)";
        }
      }
      if (problem == null && values.get(3).compareTo(BigDecimal.valueOf(100)) != 0) {
        problem = "termina en " + values.get(3).toPlainString() + " y debe terminar en 100";
      }
    }
    if (problem != null) {
      error(
          p,
          "plan-schedule",
          where
              + ": el calendario "
              + shown
              + " "
              + problem
              + "; se espera por ejemplo [25, 50, 75, 100] o [100, 100, 100, 100]");
      return null;
    }
    return new Schedule(values);
  }

  private List<Variable> variables(MapNode m, String where) {
    List<Variable> out = new ArrayList<>();
    ListNode list = optionalList(m, "variables");
    if (list == null) {
      return out;
    }
    Map<String, Pos> seen = new HashMap<>();
    for (Node n : list.items()) {
      MapNode v = asMap(n, "una variable");
      if (v == null) {
        continue;
      }
      keys(v, "una variable", VARIABLE_REQUIRED, VARIABLE_OPTIONAL);
      String name = string(v, "nombre", true);
      if (name != null && !VARIABLE_NAME.matcher(name).matches()) {
        Pos p = valuePos(v, "nombre");
        error(
            p,
            "plan-variable-name",
            where
                + ": el nombre de variable «"
                + name
                + "» no es válido; use minúsculas,"
                + " dígitos y guion bajo, sin acentos (p. ej. realizadas)");
      }
      if (name != null && Variable.RESERVED.contains(name)) {
        Pos p = valuePos(v, "nombre");
        error(
            p,
            "plan-variable-reserved",
            where
                + ": «"
                + name
                + "» es un nombre reservado de las fórmulas ("
                + String.join(", ", sorted(Variable.RESERVED))
                + ") y no se declara como variable");
      }
      unique(seen, name, v, "variable", "duplicate-variable");
      VariableType type = enumValue(v, "tipo", VariableType.values(), VariableType::yaml, true);
      Aggregation agg = enumValue(v, "agregacion", Aggregation.values(), Aggregation::yaml, true);
      if (name != null && type != null && agg != null) {
        out.add(new Variable(name, type, agg, string(v, "descripcion", false)));
      }
    }
    if (out.stream().noneMatch(v -> v.name().equals(Variable.PRIMARY)) && !out.isEmpty()) {
      Pos p = list.pos();
      error(
          p,
          "plan-missing-primary",
          where + " no declara la variable «realizadas», que todo indicador debe tener");
    }
    return out;
  }

  private Formula formula(MapNode m, String where, List<Variable> variables) {
    Entry e = m.entries().get("formula");
    String text = string(m, "formula", true);
    if (e == null || text == null) {
      return null;
    }
    Pos p = e.value().pos();
    try {
      Formula f = Formula.parse(text);
      Set<String> declared = new LinkedHashSet<>();
      variables.forEach(v -> declared.add(v.name()));
      for (String used : f.variables()) {
        if (!declared.contains(used) && !Variable.RESERVED.contains(used)) {
          int col = p.column() + quoteOffset(p) + text.indexOf(used);
          problems.add(
              Problem.error(
                  file,
                  p.line(),
                  col,
                  "plan-formula-variable",
                  where
                      + ": la fórmula usa «"
                      + used
                      + "», que el indicador no declara; declárela en"
                      + " «variables» o use una de: "
                      + String.join(", ", declared)
                      + ", "
                      + String.join(", ", sorted(Variable.RESERVED))));
        }
      }
      return f;
    } catch (FormulaException ex) {
      int col = p.column() + quoteOffset(p) + Math.max(0, ex.column() - 1);
      problems.add(
          Problem.error(
              file,
              p.line(),
              col,
              "plan-formula-syntax",
              where
                  + ": fórmula no válida: "
                  + ex.detail()
                  + " (fórmula: «"
                  + text
                  + "»); se"
                  + " admiten números, variables en minúsculas, + - * / y paréntesis"));
      return null;
    }
  }

  private int quoteOffset(Pos p) {
    if (lines == null) {
      lines = text.lines().toList();
    }
    if (p.line() - 1 < lines.size()) {
      String line = lines.get(p.line() - 1);
      int i = p.column() - 1;
      if (i >= 0 && i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
        return 1;
      }
    }
    return 0;
  }

  // ---------------------------------------------------------------- primitives

  private int errorCount() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().toList();
  }

  private void keys(MapNode m, String what, Set<String> required, Set<String> optional) {
    for (Entry e : m.entries().values()) {
      if (!required.contains(e.key()) && !optional.contains(e.key())) {
        Set<String> all = new java.util.TreeSet<>(required);
        all.addAll(optional);
        error(
            e.keyPos(),
            "unknown-key",
            "clave desconocida «"
                + e.key()
                + "» en "
                + what
                + suggestion(e.key(), all)
                + "; claves válidas: "
                + String.join(", ", all));
      }
    }
    if (m.entries().keySet().containsAll(required)) {
      return; // the usual case, without sorting the required keys for every mapping
    }
    for (String r : sorted(required)) {
      if (!m.entries().containsKey(r)) {
        error(m.pos(), "missing-key", "falta la clave obligatoria «" + r + "» en " + what);
      }
    }
  }

  private static String suggestion(String key, Set<String> candidates) {
    String best = Suggest.closest(key, candidates);
    return best == null ? "" : " (¿quiso decir «" + best + "»?)";
  }

  private void unique(Map<String, Pos> seen, String id, MapNode m, String what, String code) {
    if (id == null) {
      return;
    }
    Entry e =
        m.entries().get("id") != null
            ? m.entries().get("id")
            : m.entries().get("nombre") != null
                ? m.entries().get("nombre")
                : m.entries().get("fila");
    Pos p = e == null ? m.pos() : e.value().pos();
    Pos first = seen.putIfAbsent(id, p);
    if (first != null) {
      error(
          p,
          code,
          what
              + " «"
              + id
              + "» repetido (ya definido en la línea "
              + first.line()
              + "); cada "
              + what
              + " debe tener un identificador único");
    }
  }

  private void error(Pos p, String code, String message) {
    problems.add(Problem.error(file, p.line(), p.column(), code, message));
  }

  private Pos valuePos(MapNode m, String key) {
    Entry e = m.entries().get(key);
    return e == null ? m.pos() : e.value().pos();
  }

  private MapNode asMap(Node n, String what) {
    if (n instanceof MapNode m) {
      return m;
    }
    error(
        n.pos(),
        "plan-type",
        what + " debe ser un mapa (claves: valores) y se encontró " + n.kind());
    return null;
  }

  private ListNode asList(Node n, String what) {
    if (n instanceof ListNode l) {
      return l;
    }
    error(n.pos(), "plan-type", what + " debe ser una lista y se encontró " + n.kind());
    return null;
  }

  private MapNode optionalMap(MapNode m, String key) {
    Entry e = m.entries().get(key);
    if (e == null || (e.value() instanceof ScalarNode s && s.isNull())) {
      return null;
    }
    return asMap(e.value(), "«" + key + "»");
  }

  private ListNode optionalList(MapNode m, String key) {
    Entry e = m.entries().get(key);
    if (e == null || (e.value() instanceof ScalarNode s && s.isNull())) {
      return null;
    }
    return asList(e.value(), "«" + key + "»");
  }

  private ScalarNode scalar(MapNode m, String key, boolean required) {
    Entry e = m.entries().get(key);
    if (e == null) {
      return null;
    }
    if (e.value() instanceof ScalarNode s) {
      if (s.isNull() && required) {
        error(e.keyPos(), "missing-value", "«" + key + "» no puede estar vacío");
        return null;
      }
      return s.isNull() ? null : s;
    }
    Pos p = e.value().pos();
    error(
        p, "plan-type", "«" + key + "» debe ser un valor simple y se encontró " + e.value().kind());
    return null;
  }

  private String string(MapNode m, String key, boolean required) {
    ScalarNode s = scalar(m, key, required);
    return s == null ? null : s.text();
  }

  private Integer integer(MapNode m, String key, boolean required) {
    ScalarNode s = scalar(m, key, required);
    return s == null ? null : integerNode(s, "«" + key + "»");
  }

  private Integer integerNode(Node n, String what) {
    if (n instanceof ScalarNode s
        && s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
      try {
        return Integer.valueOf(s.text());
      } catch (NumberFormatException e) {
        // falls through to the message below
      }
    }
    error(n.pos(), "plan-type", what + " debe ser un número entero y se encontró " + describe(n));
    return null;
  }

  private BigDecimal decimal(MapNode m, String key, boolean required) {
    ScalarNode s = scalar(m, key, required);
    return s == null ? null : decimalNode(s, "«" + key + "»");
  }

  /** The years a plan may be for (docs/plan-formato.md). */
  static final int MIN_YEAR = 2000;

  static final int MAX_YEAR = 2100;

  /** The most digits of a number in the plan, as in the data (docs/seguridad.md). */
  static final int MAX_DIGITS = 30;

  /** Numbers in the plan lie within 10^-12 … 10^15 (or are zero). */
  static final int MIN_EXPONENT = -12;

  static final int MAX_EXPONENT = 15;

  private BigDecimal decimalNode(Node n, String what) {
    if (n instanceof ScalarNode s
        && (s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT
            || s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT)) {
      String text = s.text();
      if (text.length() > 64) {
        error(
            n.pos(),
            "plan-number",
            what
                + " tiene un número de "
                + text.length()
                + " caracteres («"
                + Shown.excerpt(text)
                + "»); un número del plan tiene como máximo "
                + MAX_DIGITS
                + " cifras");
        return null;
      }
      BigDecimal v;
      try {
        v = new BigDecimal(text);
      } catch (NumberFormatException e) {
        v = null;
      }
      if (v != null) {
        return bounded(v, text, n, what);
      }
    }
    error(n.pos(), "plan-type", what + " debe ser un número y se encontró " + describe(n));
    return null;
  }

  /** {@code v} when its digits and size are sane, else null with the error recorded. */
  private BigDecimal bounded(BigDecimal v, String text, Node n, String what) {
    long exponent = (long) v.precision() - v.scale() - 1;
    if (v.precision() > MAX_DIGITS) {
      error(
          n.pos(),
          "plan-number",
          what
              + " tiene "
              + v.precision()
              + " cifras («"
              + Shown.excerpt(text)
              + "»); un número del plan tiene como máximo "
              + MAX_DIGITS
              + " cifras");
      return null;
    }
    if (v.signum() != 0 && (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT)) {
      error(
          n.pos(),
          "plan-number",
          what
              + " vale «"
              + Shown.excerpt(text)
              + "», fuera del rango admitido (entre 0.000000000001 y 999999999999999, o 0);"
              + " revise el exponente o los ceros");
      return null;
    }
    return v;
  }

  private static String describe(Node n) {
    if (n instanceof ScalarNode s && s.text() != null) {
      return n.kind() + " («" + Shown.excerpt(s.text()) + "»)";
    }
    return n.kind();
  }

  private <E extends Enum<E>> E enumValue(
      MapNode m,
      String key,
      E[] values,
      java.util.function.Function<E, String> word,
      boolean required) {
    ScalarNode s = scalar(m, key, required);
    if (s == null) {
      if (required && !m.entries().containsKey(key)) {
        return null;
      }
      return null;
    }
    for (E v : values) {
      if (word.apply(v).equals(s.text())) {
        return v;
      }
    }
    List<String> allowed = java.util.Arrays.stream(values).map(word).toList();
    error(
        s.pos(),
        "plan-value",
        "«" + key + "» vale «" + s.text() + "»; se acepta: " + String.join(", ", allowed));
    return null;
  }
}
