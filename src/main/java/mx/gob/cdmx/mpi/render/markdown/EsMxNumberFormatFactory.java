package mx.gob.cdmx.mpi.render.markdown;

import freemarker.core.Environment;
import freemarker.core.InvalidFormatParametersException;
import freemarker.core.TemplateFormatUtil;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import mx.gob.cdmx.mpi.render.EsMx;

/**
 * The {@code @esmx} number format of the templates: es-MX digits ({@code 1,234.5}), rounded
 * half-up. {@code @esmx} keeps up to two decimals and drops trailing zeros; {@code @esmx 1} (any
 * digit 0–9) writes exactly that many decimals.
 */
final class EsMxNumberFormatFactory extends TemplateNumberFormatFactory {

  static final EsMxNumberFormatFactory INSTANCE = new EsMxNumberFormatFactory();

  private EsMxNumberFormatFactory() {}

  @Override
  public TemplateNumberFormat get(String params, Locale locale, Environment env)
      throws InvalidFormatParametersException {
    String p = params.strip();
    if (p.isEmpty()) {
      return new Format(2, false);
    }
    if (p.length() == 1 && Character.isDigit(p.charAt(0))) {
      return new Format(p.charAt(0) - '0', true);
    }
    throw new InvalidFormatParametersException(
        "el formato @esmx acepta un dígito (decimales fijos) o nada; se recibió «" + p + "»");
  }

  /** One es-MX number format with a number of decimals, fixed or at most. */
  private static final class Format extends TemplateNumberFormat {
    private final int decimals;
    private final boolean fixed;

    Format(int decimals, boolean fixed) {
      this.decimals = decimals;
      this.fixed = fixed;
    }

    @Override
    public String formatToPlainText(TemplateNumberModel model)
        throws TemplateModelException, TemplateValueFormatException {
      Number n = TemplateFormatUtil.getNonNullNumber(model);
      BigDecimal rounded = toBigDecimal(n).setScale(decimals, RoundingMode.HALF_UP);
      if (fixed) {
        String digits = EsMx.number(rounded.setScale(0, RoundingMode.DOWN).abs());
        String sign = rounded.signum() < 0 ? "-" : "";
        if (decimals == 0) {
          return sign + digits;
        }
        String fraction = rounded.abs().toPlainString();
        return sign + digits + fraction.substring(fraction.indexOf('.'));
      }
      return EsMx.number(rounded);
    }

    @Override
    public boolean isLocaleBound() {
      return false;
    }

    @Override
    public String getDescription() {
      return "@esmx " + decimals + (fixed ? " decimales fijos" : " decimales como máximo");
    }
  }

  private static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal b) {
      return b;
    }
    if (n instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(Double.toString(n.doubleValue()));
  }
}
