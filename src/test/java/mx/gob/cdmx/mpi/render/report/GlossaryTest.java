package mx.gob.cdmx.mpi.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {

  @Test
  void readsOneEntryPerBlockSkippingCommentsAndFillingTheThresholds() {
    String text =
        "# comentario\n\nVentana\nLos meses\nde una cifra.\n\n\nUmbrales\n{umbrales} Y más.\n";

    List<Glossary.Entry> entries = Glossary.parse(text, "Verde ≥ 90 %.");

    assertThat(entries)
        .containsExactly(
            new Glossary.Entry("Ventana", "Los meses de una cifra."),
            new Glossary.Entry("Umbrales", "Verde ≥ 90 %. Y más."));
  }

  @Test
  void theShippedGlossaryDefinesTheTermsTheDocumentsUse() {
    List<Glossary.Entry> entries = Glossary.entries("Verde ≥ 90 %.");

    assertThat(entries)
        .extracting(Glossary.Entry::term)
        .contains(
            "Ventana",
            "Cobertura",
            "Umbrales del semáforo",
            "Sobrecumplimiento",
            "Variación",
            "Línea base",
            "PRELIMINAR");
    assertThat(entries).allSatisfy(e -> assertThat(e.definition()).isNotBlank());
    assertThat(entries)
        .filteredOn(e -> e.term().equals("Umbrales del semáforo"))
        .singleElement()
        .satisfies(e -> assertThat(e.definition()).startsWith("Verde ≥ 90 %."));
  }
}
