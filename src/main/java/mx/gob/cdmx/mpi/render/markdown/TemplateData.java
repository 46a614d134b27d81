package mx.gob.cdmx.mpi.render.markdown;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns records into plain maps (component name → value) and lists into lists, recursively, so
 * templates see only maps, lists, strings, numbers and booleans — never a Java object whose methods
 * they could call.
 */
final class TemplateData {

  private TemplateData() {}

  /** The plain form of {@code value}: records become maps, lists lists, the rest stays. */
  static Object of(Object value) {
    if (value instanceof Record r) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        map.put(c.getName(), of(read(c, r)));
      }
      return Collections.unmodifiableMap(map);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(item -> out.add(of(item)));
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
      return Collections.unmodifiableMap(out);
    }
    return value;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
