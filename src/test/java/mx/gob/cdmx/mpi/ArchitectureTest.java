package mx.gob.cdmx.mpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The package structure described in {@code docs/arquitectura.md}: packages depend one way (no
 * cycle between any two packages, sub-packages included), the core that computes figures knows
 * nothing of the command line, templates, PDF, charts or JSON/YAML libraries, and the packet's
 * pages read only the view model that {@code PacketModelBuilder} builds. Each rule is also shown to
 * fail on the classes of {@code archfixture}, which break it on purpose.
 */
class ArchitectureTest {

  private static final String ROOT = "mx.gob.cdmx.mpi";

  /** The packages that hold the figures: readable and testable without any output library. */
  static final List<String> CORE =
      List.of("plan", "period", "formula", "measure", "evaluate", "diagnostics", "text");

  /**
   * What the packet's pages may not read: the core, the validation and the readers. Only the model
   * builder (and the public entry point, which hands it the evaluation) may; the pages read the
   * {@code PacketModel} it builds.
   */
  static final List<String> PACKET_MAY_NOT_READ =
      List.of(
          "plan",
          "period",
          "formula",
          "measure",
          "evaluate",
          "diagnostics",
          "text",
          "validate",
          "io");

  /** The packet classes that may read them, by simple name. */
  static final List<String> PACKET_MODEL_BUILDERS = List.of("PacketModelBuilder", "PacketRenderer");

  static final String[] OUTPUT_LIBRARIES = {
    "picocli..", "freemarker..", "com.lowagie..", "org.openpdf..", "org.jfree..", "com.fasterxml.."
  };

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(ROOT);

  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  static ArchRule coreImportsNoOutputLibrary(String root) {
    String[] core = CORE.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAnyPackage(core)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(OUTPUT_LIBRARIES);
  }

  static ArchRule packetPagesReadOnlyTheModel(String root) {
    String packet = root + ".render.packet";
    String[] forbidden =
        PACKET_MAY_NOT_READ.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
    // the builders and their nested classes (PacketModelBuilder$1...)
    String allowed =
        Pattern.quote(packet + ".") + "(" + String.join("|", PACKET_MODEL_BUILDERS) + ")(\\$.*)?";
    return noClasses()
        .that()
        .resideInAPackage(packet + "..")
        .and()
        .haveNameNotMatching(allowed)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because("the packet's pages read only the view model that PacketModelBuilder builds");
  }

  @Test
  void mainCodeIsImported() {
    // A rule over an empty import passes vacuously; make sure the classes are there.
    assertThat(MAIN.contain(ROOT + ".cli.Main")).isTrue();
    assertThat(MAIN.contain(ROOT + ".evaluate.Evaluator")).isTrue();
    assertThat(MAIN.stream().noneMatch(c -> c.getPackageName().contains("archfixture"))).isTrue();
  }

  @Test
  void noCycleBetweenPackages() {
    noPackageCycles(ROOT).check(MAIN);
  }

  @Test
  void coreImportsNoPicocliFreemarkerPdfChartsOrJackson() {
    coreImportsNoOutputLibrary(ROOT).check(MAIN);
  }

  @Test
  void packetPagesReadOnlyTheViewModel() {
    assertThat(MAIN.contain(ROOT + ".render.packet.PacketModelBuilder")).isTrue();
    assertThat(MAIN.contain(ROOT + ".render.packet.AnnexPages")).isTrue();
    packetPagesReadOnlyTheModel(ROOT).check(MAIN);
  }

  @Test
  void theRulesRejectACycleAndACoreClassUsingPicocli() {
    // archfixture.a and archfixture.b import each other; archfixture.plan uses picocli.
    String fixtures = ROOT + ".archfixture";
    JavaClasses bad = new ClassFileImporter().importPackages(fixtures);
    assertThat(bad.contain(fixtures + ".a.A")).isTrue();
    assertThatThrownBy(() -> noPackageCycles(fixtures).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("archfixture.a")
        .hasMessageContaining("archfixture.b");
    assertThatThrownBy(() -> coreImportsNoOutputLibrary(fixtures).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("CoreWithPicocli")
        .hasMessageContaining("picocli.CommandLine");
  }

  @Test
  void theRuleRejectsAPacketPageReadingThePlanButNotTheBuilder() {
    // archfixture.render.packet: a page and the builder both use archfixture.plan
    String fixtures = ROOT + ".archfixture";
    JavaClasses bad = new ClassFileImporter().importPackages(fixtures);
    assertThat(bad.contain(fixtures + ".render.packet.PacketModelBuilder")).isTrue();
    assertThatThrownBy(() -> packetPagesReadOnlyTheModel(fixtures).check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PageReadingThePlan")
        .hasMessageContaining("CoreWithPicocli")
        .hasMessageNotContaining("PacketModelBuilder.build");
  }
}
