package mx.gob.cdmx.mpi.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** veraPDF run in the test JVM: the rules a PDF fails for one flavour (PDF/UA-1, PDF/A-1b…). */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The rules {@code pdf} fails against {@code flavour} ("ua1", "1b"…), as "clause-test" (e.g.
   * "7.1-3") mapped to the first failure's message and where it was found; empty when compliant.
   */
  public static Map<String, String> failedRules(byte[] pdf, String flavour) {
    PDFAFlavour f = PDFAFlavour.fromString(flavour);
    try (InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, f);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> failed = new TreeMap<>();
      for (TestAssertion t : result.getTestAssertions()) {
        if (t.getStatus() == TestAssertion.Status.FAILED) {
          failed.putIfAbsent(
              id(t.getRuleId()), t.getMessage() + " (" + t.getLocation().getContext() + ")");
        }
      }
      for (RuleId rule : result.getFailedChecks().keySet()) {
        failed.putIfAbsent(id(rule), "");
      }
      return failed;
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF no pudo validar el PDF", e);
    }
  }

  private static String id(RuleId rule) {
    return rule.getClause() + "-" + rule.getTestNumber();
  }
}
