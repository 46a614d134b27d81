package mx.gob.cdmx.mpi.render.sipot;

import java.util.Arrays;
import java.util.Optional;

/**
 * The data a column of a transparency format can hold; the format file names them by {@link #key()}
 * (list in {@code docs/transparencia.md}).
 */
public enum SipotField {
  YEAR("ejercicio"),
  START("fecha_inicio"),
  END("fecha_termino"),
  PROGRAM("programa"),
  OBJECTIVE("objetivo_institucional"),
  NAME("nombre_indicador"),
  DIMENSION("dimension"),
  DEFINITION("definicion"),
  METHOD("metodo_calculo"),
  METHOD_WITH_VARIABLES("metodo_calculo_variables"),
  UNIT("unidad_medida"),
  FREQUENCY("frecuencia"),
  BASELINE("linea_base"),
  TARGETS("metas_programadas"),
  ADJUSTED_TARGETS("metas_ajustadas"),
  PROGRESS("avance"),
  DIRECTION("sentido"),
  SOURCE("fuente_informacion"),
  RESPONSIBLE("areas_responsables"),
  VALIDATED("fecha_validacion"),
  UPDATED("fecha_actualizacion"),
  NOTE("nota");

  private final String key;

  SipotField(String key) {
    this.key = key;
  }

  /** The name used in the format file. */
  public String key() {
    return key;
  }

  /** The field named {@code key} in a format file. */
  public static Optional<SipotField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
