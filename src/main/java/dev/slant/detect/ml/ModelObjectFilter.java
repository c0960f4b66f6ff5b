package dev.slant.detect.ml;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * The allowlist a model payload is deserialised through. Java deserialisation of an untrusted
 * file can run code through "gadget" classes, so only Weka's own classes, the two LIBLINEAR model
 * classes, primitives and a fixed set of plain JDK value and collection classes may appear, within limits on graph depth,
 * references, array length and bytes. Anything else stops deserialisation before the class is
 * even initialised. One instance per stream: it remembers what it rejected, for the message.
 */
final class ModelObjectFilter implements ObjectInputFilter {

  static final long MAX_DEPTH = 500;
  static final long MAX_REFERENCES = 20_000_000;
  static final long MAX_ARRAY_LENGTH = 50_000_000;

  /** JDK classes that Weka models are made of; no class here runs code when deserialised. */
  static final Set<String> JDK_CLASSES = Set.of(
      "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Byte",
      "java.lang.Character", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
      "java.lang.Float", "java.lang.Double", "java.lang.Number", "java.lang.Enum",
      "java.util.ArrayList", "java.util.LinkedList", "java.util.Vector", "java.util.HashMap",
      "java.util.LinkedHashMap", "java.util.Hashtable", "java.util.Map$Entry", "java.util.HashSet",
      "java.util.LinkedHashSet", "java.util.Properties", "java.util.Random", "java.util.BitSet",
      "java.util.Date", "java.util.Locale", "java.util.Collections$EmptyList",
      "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
      "java.text.SimpleDateFormat", "java.text.DateFormat", "java.text.DateFormatSymbols",
      "java.text.DecimalFormat", "java.text.DecimalFormatSymbols", "java.text.NumberFormat",
      "java.text.Format", "java.util.GregorianCalendar", "java.util.Calendar",
      "sun.util.calendar.ZoneInfo", "java.util.TimeZone", "java.util.SimpleTimeZone",
      "java.math.RoundingMode");

  /** The state of Weka's LIBLINEAR wrapper: weights, labels and the solver enum. */
  static final Set<String> LIBLINEAR_CLASSES =
      Set.of("de.bwaldvogel.liblinear.Model", "de.bwaldvogel.liblinear.SolverType");

  private final long maxBytes;
  private String rejected;

  ModelObjectFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Status checkInput(FilterInfo info) {
    if (info.depth() > MAX_DEPTH) {
      return reject("object graph deeper than " + MAX_DEPTH);
    }
    if (info.references() > MAX_REFERENCES) {
      return reject("more than " + MAX_REFERENCES + " objects");
    }
    if (info.arrayLength() > MAX_ARRAY_LENGTH) {
      return reject("an array of " + info.arrayLength() + " elements");
    }
    if (info.streamBytes() > maxBytes) {
      return reject("reading past the payload");
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return Status.UNDECIDED;
    }
    while (c.isArray()) {
      c = c.getComponentType();
    }
    if (c.isPrimitive() || allowed(c.getName())) {
      return Status.ALLOWED;
    }
    return reject("class " + c.getName() + " is not allowed in a model");
  }

  static boolean allowed(String className) {
    return className.startsWith("weka.") || JDK_CLASSES.contains(className)
        || LIBLINEAR_CLASSES.contains(className);
  }

  private Status reject(String why) {
    if (rejected == null) {
      rejected = why;
    }
    return Status.REJECTED;
  }

  /** Why deserialisation was refused, or null if nothing was. */
  String rejected() {
    return rejected;
  }
}
