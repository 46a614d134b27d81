package mx.gob.cdmx.mpi.formula;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** Recursive-descent parser of the formula grammar; one instance parses one text. */
final class Parser {

  /** Longest formula accepted, which also bounds the depth of the tree. */
  static final int MAX_LENGTH = 1000;

  /** Deepest nesting of parentheses and unary minus accepted. */
  static final int MAX_NESTING = 100;

  private static final String OPERAND = "se esperaba un número, una variable o \"(\"";
  private static final String ALLOWED =
      "se admiten números, variables en minúsculas, + - * / y paréntesis";

  private enum Kind {
    NUMBER,
    NAME,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    OPEN,
    CLOSE,
    END
  }

  private record Token(Kind kind, int start, int end) {}

  private final String text;
  private final Set<String> variables = new LinkedHashSet<>();
  private int pos;
  private Token token;
  private int nesting;

  private Parser(String text) {
    this.text = text;
  }

  /** The tree of {@code text} and, through {@code variables}, the names it uses in order. */
  static Node parse(String text, Set<String> variables) {
    if (text.isBlank()) {
      throw FormulaException.empty();
    }
    if (text.length() > MAX_LENGTH) {
      throw FormulaException.at(
          MAX_LENGTH + 1, "fórmula demasiado larga (más de " + MAX_LENGTH + " caracteres)");
    }
    Parser parser = new Parser(text);
    parser.advance();
    Node root = parser.expression();
    if (parser.token.kind() != Kind.END) {
      throw parser.token.kind() == Kind.CLOSE
          ? parser.error("se encontró \")\" sin un \"(\" que le corresponda")
          : parser.error("se esperaba un operador (+ - * /) y se encontró " + parser.found());
    }
    variables.addAll(parser.variables);
    return root;
  }

  private Node expression() {
    Node left = term();
    while (token.kind() == Kind.PLUS || token.kind() == Kind.MINUS) {
      Node.Op op = token.kind() == Kind.PLUS ? Node.Op.ADD : Node.Op.SUB;
      advance();
      left = new Node.Bin(op, left, term());
    }
    return left;
  }

  private Node term() {
    Node left = unary();
    while (token.kind() == Kind.STAR || token.kind() == Kind.SLASH) {
      Node.Op op = token.kind() == Kind.STAR ? Node.Op.MUL : Node.Op.DIV;
      advance();
      left = new Node.Bin(op, left, unary());
    }
    return left;
  }

  private Node unary() {
    if (token.kind() != Kind.MINUS) {
      return primary();
    }
    enter();
    advance();
    Node operand = unary();
    nesting--;
    return new Node.Neg(operand);
  }

  private Node primary() {
    Token t = token;
    switch (t.kind()) {
      case NUMBER -> {
        advance();
        return new Node.Num(new BigDecimal(text.substring(t.start(), t.end())));
      }
      case NAME -> {
        advance();
        String name = text.substring(t.start(), t.end());
        variables.add(name);
        return new Node.Var(name);
      }
      case OPEN -> {
        enter();
        advance();
        Node inner = expression();
        if (token.kind() == Kind.END) {
          throw FormulaException.at(
              t.start() + 1, "paréntesis sin cerrar: falta \")\" para este \"(\"");
        }
        if (token.kind() != Kind.CLOSE) {
          throw error("se esperaba un operador (+ - * /) o \")\" y se encontró " + found());
        }
        advance();
        nesting--;
        return inner;
      }
      default -> throw error(OPERAND + " y se encontró " + found());
    }
  }

  private void enter() {
    if (++nesting > MAX_NESTING) {
      throw error("fórmula demasiado anidada (más de " + MAX_NESTING + " niveles)");
    }
  }

  private FormulaException error(String detail) {
    return FormulaException.at(token.start() + 1, detail);
  }

  private String found() {
    return token.kind() == Kind.END
        ? "el final de la fórmula"
        : "\"" + text.substring(token.start(), token.end()) + "\"";
  }

  private void advance() {
    while (pos < text.length() && isBlank(text.charAt(pos))) {
      pos++;
    }
    int start = pos;
    if (pos == text.length()) {
      token = new Token(Kind.END, start, start);
      return;
    }
    char c = text.charAt(pos);
    Kind kind;
    if (isDigit(c)) {
      number();
      kind = Kind.NUMBER;
    } else if (isNameStart(c)) {
      while (pos < text.length() && isNamePart(text.charAt(pos))) {
        pos++;
      }
      kind = Kind.NAME;
    } else {
      kind =
          switch (c) {
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '(' -> Kind.OPEN;
            case ')' -> Kind.CLOSE;
            default -> throw FormulaException.at(pos + 1, notAllowed(pos));
          };
      pos++;
    }
    token = new Token(kind, start, pos);
  }

  private void number() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      if (pos == text.length() || !isDigit(text.charAt(pos))) {
        String after = pos == text.length() ? "el final de la fórmula" : "\"" + display(pos) + "\"";
        throw FormulaException.at(
            pos + 1, "se esperaba un dígito después del punto decimal y se encontró " + after);
      }
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
  }

  private String notAllowed(int at) {
    char c = text.charAt(at);
    String prefix = "carácter no permitido \"" + display(at) + "\"; ";
    if (c >= 'A' && c <= 'Z') {
      return prefix + "las variables se escriben en minúsculas";
    }
    if (Character.isLetter(text.codePointAt(at))) {
      return prefix + "las variables se escriben sin acentos, con letras a–z, dígitos y \"_\"";
    }
    return switch (c) {
      case ',' -> prefix + "el punto decimal se escribe \".\"";
      case '×' -> prefix + "para multiplicar se escribe \"*\"";
      case '÷' -> prefix + "para dividir se escribe \"/\"";
      case '.' ->
          at + 1 < text.length() && isDigit(text.charAt(at + 1))
              ? prefix + "escriba un 0 antes del punto decimal, como en 0.5"
              : prefix + ALLOWED;
      default -> prefix + ALLOWED;
    };
  }

  private String display(int at) {
    int cp = text.codePointAt(at);
    return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
        ? String.format("U+%04X", cp)
        : new String(Character.toChars(cp));
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c);
  }
}
