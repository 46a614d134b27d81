package mx.gob.cdmx.mpi.plan;

import java.math.BigDecimal;

/**
 * Spanish count nouns as the plan writes its units (always plural: "sesiones", "actividades"): "1
 * actividad", "0.5 actividades", "4 sesiones". Only the endings the plan's units use are handled;
 * any other word is left as written.
 */
public final class Units {

  private Units() {}

  /** The singular of a plural count noun: "sesiones" → "sesión", "talleres" → "taller". */
  public static String singular(String plural) {
    if (plural == null || plural.isBlank() || plural.contains(" ")) {
      return plural;
    }
    if (plural.endsWith("ciones")) {
      return plural.substring(0, plural.length() - 6) + "ción";
    }
    if (plural.endsWith("siones")) {
      return plural.substring(0, plural.length() - 6) + "sión";
    }
    if (plural.endsWith("dades") || plural.endsWith("res") || plural.endsWith("les")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (plural.endsWith("s") && !plural.endsWith("es")) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  /** "1 actividad", "3 actividades", "0.25 actividades": the number with its noun in agreement. */
  public static String count(BigDecimal n, String pluralUnit) {
    String number = n.stripTrailingZeros().toPlainString();
    if (pluralUnit == null || pluralUnit.isBlank()) {
      return number;
    }
    return number + " " + (n.compareTo(BigDecimal.ONE) == 0 ? singular(pluralUnit) : pluralUnit);
  }
}
