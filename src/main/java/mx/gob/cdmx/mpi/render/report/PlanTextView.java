package mx.gob.cdmx.mpi.render.report;

/**
 * What the plan says of one indicator, as the renderers show it: the ficha's texts, literal ({@code
 * ficha}, every field null when the plan has no ficha for the action), its cronograma row in one
 * sentence with its label ("Cronograma (fila 5)"; both null without a row), the responsible areas
 * and information source, or a phrase saying the plan gives none, and the tool's reading of what
 * the plan does not state outright ({@code interpretation}, the plan YAML key «interpretacion»;
 * null when none), which the packet's annex «Criterios de interpretación» puts to the board.
 */
public record PlanTextView(
    FichaTextView ficha,
    String cronogramaLabel,
    String cronograma,
    String responsible,
    String informationSource,
    String interpretation) {}
