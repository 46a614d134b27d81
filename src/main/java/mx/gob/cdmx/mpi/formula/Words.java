package mx.gob.cdmx.mpi.formula;

import java.util.Map;

/**
 * A formula read aloud in Spanish: {@code realizadas / programadas * 100} → "realizadas entre
 * programadas, por 100". A compound left operand is closed with a comma; a compound right operand
 * is put in parentheses; the reserved names read as words with their article ("la línea base", "la
 * cifra del periodo anterior", "la meta anual"), so that «realizadas entre la cifra del periodo
 * anterior, por 100» reads as Spanish.
 */
final class Words {

  private static final Map<String, String> NAMES =
      Map.of(
          "linea_base",
          "la línea base",
          "anterior",
          "la cifra del periodo anterior",
          "meta",
          "la meta anual");

  private Words() {}

  static String of(Node node) {
    if (node instanceof Node.Num n) {
      return n.value().toPlainString();
    }
    if (node instanceof Node.Var v) {
      return NAMES.getOrDefault(v.name(), v.name().replace('_', ' '));
    }
    if (node instanceof Node.Neg neg) {
      return "menos " + operand(neg.operand());
    }
    Node.Bin bin = (Node.Bin) node;
    String left = of(bin.left());
    if (bin.left() instanceof Node.Bin) {
      left += ",";
    }
    return left + " " + word(bin.op()) + " " + operand(bin.right());
  }

  private static String operand(Node node) {
    return node instanceof Node.Bin ? "(" + of(node) + ")" : of(node);
  }

  private static String word(Node.Op op) {
    return switch (op) {
      case ADD -> "más";
      case SUB -> "menos";
      case MUL -> "por";
      case DIV -> "entre";
    };
  }
}
