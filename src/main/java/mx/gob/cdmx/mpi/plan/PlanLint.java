package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the plan document's own inconsistencies, kept verbatim in the plan and reported as warnings
 * rather than silently repaired. The checks read the texts, so a 2026 plan is checked the same way.
 */
public final class PlanLint {

  /** "(A y B) *100": two quantities joined by "y" where a ratio is meant. */
  private static final Pattern A_AND_B =
      Pattern.compile("\\(([^()/]*?)\\s+y\\s+([^()/]*)\\)\\s*\\*\\s*100");

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  /** Count nouns that name a unit, as stems matched at word start (accents removed). */
  private static final List<String> UNIT_NOUNS =
      List.of(
          "sesion",
          "actividad",
          "publicacion",
          "atencion",
          "canalizacion",
          "incorporacion",
          "colaboracion",
          "apoyo",
          "taller",
          "registro",
          "capacitacion",
          "accion",
          "informe",
          "solicitud",
          "lineamiento",
          "planeacion",
          "aprobacion",
          "caso");

  private static final Set<String> GROWTH_NAMES = Set.of(Variable.ANTERIOR, Variable.LINEA_BASE);

  private PlanLint() {}

  /** Every inconsistency found, in plan order (indicators first, then cronograma rows). */
  public static List<LintFinding> lint(Plan plan) {
    List<LintFinding> out = new ArrayList<>();
    for (Indicator ind : plan.indicators()) {
      List<LintFinding> mine = new ArrayList<>();
      lintIndicator(plan, ind, mine);
      String label = label(ind.name());
      mine.forEach(
          f -> out.add(new LintFinding(f.subject(), label, f.field(), f.code(), f.message())));
    }
    lintCronograma(plan, out);
    return List.copyOf(out);
  }

  private static void lintIndicator(Plan plan, Indicator ind, List<LintFinding> out) {
    String id = ind.id();
    IndicatorText t = ind.text();
    lintMethod(ind, out);
    lintCronogramaRows(plan, ind, out);
    if (ind.target() == null) {
      String goal = t.programmedGoal();
      out.add(
          new LintFinding(
              id,
              "meta_programada",
              "target-not-quantified",
              (goal == null
                      ? "el documento no da meta programada"
                      : "la meta programada («" + shorten(goal, 90) + "») no da una cifra")
                  + "; el indicador queda «sin meta» en el semáforo y requiere una decisión"));
    }
    lintBaselineUnit(ind, out);
    lintMixedUnits(ind, out);
    lintFormulaVsGoal(ind, out);
    lintFractionalSchedule(ind, out);
  }

  /** The method of calculation: "A y B" read as a ratio, or "No aplica". */
  private static void lintMethod(Indicator ind, List<LintFinding> out) {
    String id = ind.id();
    String method = ind.text().calculationMethod();
    if (method != null) {
      Matcher m = A_AND_B.matcher(method);
      if (m.find()) {
        out.add(
            new LintFinding(
                id,
                "metodo_calculo",
                "formula-y-instead-of-ratio",
                "el método de cálculo une dos cantidades con «y» («"
                    + m.group(0).trim()
                    + "») donde se entiende un cociente A / B; la herramienta calcula «"
                    + ind.formula().text()
                    + "»"));
      }
      if (normalize(method).startsWith("no aplica")) {
        out.add(
            new LintFinding(
                id,
                "metodo_calculo",
                "method-not-applicable",
                "el documento dice «"
                    + method
                    + "»; la herramienta calcula «"
                    + ind.formula().text()
                    + "» para poder dar seguimiento a la meta"));
      }
    }
  }

  /** The indicator's rows in the cronograma: none, none for a ficha, or more than one. */
  private static void lintCronogramaRows(Plan plan, Indicator ind, List<LintFinding> out) {
    String id = ind.id();
    IndicatorText t = ind.text();
    if (t.isEmpty() && !ind.cronogramaRows().isEmpty()) {
      out.add(
          new LintFinding(
              id,
              "cronograma",
              "cronograma-row-without-section",
              "la acción aparece en el cronograma pero el documento no tiene un apartado con su"
                  + " ficha (meta, indicador, método de cálculo)"));
    }
    if (!t.isEmpty() && ind.cronogramaRows().isEmpty()) {
      out.add(
          new LintFinding(
              id,
              "cronograma",
              "section-without-cronograma-row",
              "el apartado no tiene fila en el cronograma (sección 7): no hay frecuencia, fechas"
                  + " de medición ni avance esperado"));
    }
    if (ind.cronogramaRows().size() > 1) {
      List<String> where =
          ind.cronogramaRows().stream()
              .map(
                  r ->
                      plan.cronogramaRow(r)
                          .map(c -> "bajo «" + shorten(c.objective(), 50) + "»")
                          .orElse("en otra fila"))
              .toList();
      out.add(
          new LintFinding(
              id,
              "cronograma",
              "cronograma-duplicate-row",
              "la acción aparece "
                  + where.size()
                  + " veces en el cronograma ("
                  + String.join("; ", where)
                  + "); se toma la primera"));
    }
  }

  private static void lintBaselineUnit(Indicator ind, List<LintFinding> out) {
    String baseline = ind.text().baseline();
    if (baseline == null) {
      return;
    }
    Set<String> named = nouns(baseline);
    if (named.isEmpty()) {
      return;
    }
    String unitText =
        (ind.text().unitOfMeasure() == null ? "" : ind.text().unitOfMeasure())
            + " "
            + (ind.unit() == null ? "" : ind.unit());
    Set<String> unitNouns = nouns(unitText);
    if (named.stream().noneMatch(unitNouns::contains)) {
      out.add(
          new LintFinding(
              ind.id(),
              "linea_base",
              "baseline-names-other-unit",
              "la línea base («"
                  + baseline
                  + "») habla de "
                  + String.join(", ", named)
                  + ", pero la unidad de medida es «"
                  + (ind.text().unitOfMeasure() == null ? ind.unit() : ind.text().unitOfMeasure())
                  + "»"));
    }
  }

  private static void lintFormulaVsGoal(Indicator ind, List<LintFinding> out) {
    boolean growth = ind.formula().variables().stream().anyMatch(GROWTH_NAMES::contains);
    if (growth && ind.target() != null) {
      out.add(
          new LintFinding(
              ind.id(),
              "formula",
              "formula-measures-other-than-goal",
              "la meta («"
                  + shorten(String.valueOf(ind.text().programmedGoal()), 80)
                  + "») pide un nivel, pero el método de cálculo compara con otro periodo («"
                  + ind.formula().text()
                  + "»): la fórmula y la meta miden cosas distintas"));
    } else if (growth) {
      out.add(
          new LintFinding(
              ind.id(),
              "formula",
              "growth-formula",
              "fórmula de variación contra otro periodo («"
                  + ind.formula().text()
                  + "») sin meta numérica: el resultado se informa, pero su lectura (¿cuánto es"
                  + " suficiente?) requiere una decisión"));
    }
    String indicatorText = ind.text().indicator();
    String method = ind.text().calculationMethod();
    if (indicatorText != null && method != null) {
      String a = normalize(indicatorText);
      String b = normalize(method);
      if (a.contains("solicitad") && b.contains("programad") && !b.contains("solicitad")) {
        out.add(
            new LintFinding(
                ind.id(),
                "metodo_calculo",
                "formula-measures-other-than-goal",
                "el indicador habla de lo solicitado («"
                    + indicatorText
                    + "») y el método de cálculo divide entre lo programado («"
                    + method
                    + "»)"));
      }
    }
    if (ind.formula().variables().size() == 1
        && ind.formula().variables().contains(Variable.PRIMARY)
        && ind.formula().text().trim().equals(Variable.PRIMARY)) {
      out.add(
          new LintFinding(
              ind.id(),
              "metodo_calculo",
              "method-is-a-count",
              "el método de cálculo es un conteo («"
                  + method
                  + "»), no un porcentaje de avance;"
                  + " el resultado se informa como número, sin semáforo"));
    }
  }

  private static void lintFractionalSchedule(Indicator ind, List<LintFinding> out) {
    if (ind.target() == null || ind.schedule() == null || ind.isPercentTarget()) {
      return;
    }
    boolean integer =
        ind.variable(Variable.PRIMARY).map(v -> v.type() == VariableType.INTEGER).orElse(false);
    if (!integer) {
      return;
    }
    List<String> fractions = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      BigDecimal due =
          ind.target()
              .multiply(ind.schedule().quarterEnds().get(q))
              .divide(BigDecimal.valueOf(100));
      if (due.stripTrailingZeros().scale() > 0) {
        fractions.add("T" + (q + 1) + ": " + due.stripTrailingZeros().toPlainString());
      }
    }
    if (!fractions.isEmpty()) {
      out.add(
          new LintFinding(
              ind.id(),
              "calendario",
              "fractional-schedule",
              "la meta de "
                  + Units.count(ind.target(), ind.unit())
                  + " repartida según el calendario "
                  + ind.schedule()
                  + " espera fracciones de algo que se cuenta entero ("
                  + String.join("; ", fractions)
                  + "); los cortes trimestrales se leerán contra esas fracciones"));
    }
  }

  private static void lintCronograma(Plan plan, List<LintFinding> out) {
    String planYear = Integer.toString(plan.year());
    for (CronogramaRow row : plan.cronograma()) {
      lintSharedRow(plan, row, out);
      String subject = "cronograma";
      String label = rowLabel(plan, row);
      if (row.dates() != null) {
        Matcher m = YEAR.matcher(row.dates());
        while (m.find()) {
          if (!m.group().equals(planYear)) {
            out.add(
                new LintFinding(
                    subject,
                    label,
                    "fechas",
                    "cronograma-date-outside-plan-year",
                    "fechas de medición «" + row.dates() + "» en un plan " + planYear));
          }
        }
      }
      boolean referenced =
          plan.indicators().stream().anyMatch(i -> i.cronogramaRows().contains(row.row()));
      if (!referenced) {
        out.add(
            new LintFinding(
                subject,
                label,
                "accion",
                "cronograma-row-unreferenced",
                "ningún indicador corresponde a la acción «" + shorten(row.action(), 70) + "»"));
      }
    }
  }

  /** Two or more fichas that read their frequency and schedule from one cronograma row. */
  private static void lintSharedRow(Plan plan, CronogramaRow row, List<LintFinding> out) {
    List<Indicator> sharing =
        plan.indicators().stream().filter(i -> i.cronogramaRows().contains(row.row())).toList();
    if (sharing.size() < 2) {
      return;
    }
    List<String> names =
        sharing.stream().map(i -> i.id() + " «" + shorten(stripDot(i.name()), 60) + "»").toList();
    out.add(
        new LintFinding(
            "cronograma",
            rowLabel(plan, row),
            "accion",
            "cronograma-row-shared",
            "una sola fila del cronograma sirve a "
                + sharing.size()
                + " fichas: "
                + String.join(" y ", names)
                + "; su frecuencia, fechas y avance esperado se aplican a todas, sin decir cómo"
                + " se reparte la acción entre ellas"));
  }

  /**
   * The method counts one thing in the numerator and another in the denominator ("actividades … y
   * el número de sesiones"), or the indicator names one thing and the method counts another.
   */
  private static void lintMixedUnits(Indicator ind, List<LintFinding> out) {
    String method = ind.text().calculationMethod();
    if (method == null) {
      return;
    }
    String[] sides = splitRatio(method);
    if (sides == null) {
      return;
    }
    String top = firstNoun(sides[0]);
    String bottom = firstNoun(sides[1]);
    if (top != null && bottom != null && !top.equals(bottom)) {
      out.add(
          new LintFinding(
              ind.id(),
              "metodo_calculo",
              "formula-mixed-units",
              "el método de cálculo cuenta "
                  + top
                  + " en el numerador y "
                  + bottom
                  + " en el denominador («"
                  + shorten(method, 110)
                  + "»): el cociente mezcla cosas distintas"));
      return;
    }
    String named = ind.text().indicator() == null ? null : firstNoun(ind.text().indicator());
    if (named != null && top != null && !named.equals(top)) {
      out.add(
          new LintFinding(
              ind.id(),
              "metodo_calculo",
              "formula-mixed-units",
              "el indicador cuenta "
                  + named
                  + " («"
                  + ind.text().indicator()
                  + "») pero el método de cálculo cuenta "
                  + top
                  + " («"
                  + shorten(method, 110)
                  + "»)"));
    }
  }

  /** The two sides of "(A / B) * 100" or "(A y B) * 100", or null. */
  private static String[] splitRatio(String method) {
    Matcher ratio = Pattern.compile("\\(([^()]*?)/([^()]*)\\)").matcher(method);
    if (ratio.find()) {
      return new String[] {ratio.group(1), ratio.group(2)};
    }
    Matcher and = A_AND_B.matcher(method);
    if (and.find()) {
      return new String[] {and.group(1), and.group(2)};
    }
    return null;
  }

  /** The first unit noun of {@code text}, in the plural, or null. */
  private static String firstNoun(String text) {
    String n = normalize(text);
    String best = null;
    int at = Integer.MAX_VALUE;
    for (String stem : UNIT_NOUNS) {
      Matcher m = Pattern.compile("\\b" + stem).matcher(n);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = stem;
      }
    }
    return best == null ? null : plural(best);
  }

  /** "Actividades con el Consejo Consultivo": an action named in words, without final dot. */
  private static String label(String name) {
    return shorten(stripDot(name), 70);
  }

  /** "acción «Elaboración y publicación…» (1.1.4)": a cronograma row named by its action. */
  private static String rowLabel(Plan plan, CronogramaRow row) {
    List<String> ids =
        plan.indicators().stream()
            .filter(i -> i.cronogramaRows().contains(row.row()))
            .map(Indicator::id)
            .toList();
    return "acción «"
        + shorten(stripDot(row.action()), 60)
        + "»"
        + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")");
  }

  private static String stripDot(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static Set<String> nouns(String text) {
    String n = normalize(text);
    Set<String> found = new java.util.LinkedHashSet<>();
    for (String stem : UNIT_NOUNS) {
      if (Pattern.compile("\\b" + stem).matcher(n).find()) {
        found.add(plural(stem));
      }
    }
    return found;
  }

  private static String plural(String stem) {
    return stem.equals("sesion")
        ? "sesiones"
        : stem.equals("actividad")
            ? "actividades"
            : stem.equals("taller")
                ? "talleres"
                : stem.equals("solicitud")
                    ? "solicitudes"
                    : stem.endsWith("on") ? stem + "es" : stem + "s";
  }

  static String normalize(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return d.toLowerCase(Locale.ROOT).trim();
  }

  private static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1).trim() + "…";
  }
}
