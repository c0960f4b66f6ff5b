package dev.slant.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Grouped, stratified fold assignment. */
class FoldsTest {

  @Property(tries = 50)
  void noGroupIsEverOnBothSidesOfASplit(@ForAll @IntRange(min = 2, max = 400) int examples,
      @ForAll @IntRange(min = 2, max = 60) int groupCount, @ForAll @IntRange(min = 2, max = 10) int k,
      @ForAll long seed) {
    Random r = new Random(seed);
    List<String> groups = new ArrayList<>();
    boolean[] labels = new boolean[examples];
    for (int i = 0; i < examples; i++) {
      groups.add("article-" + r.nextInt(groupCount));
      labels[i] = r.nextInt(3) == 0;
    }
    int distinct = (int) groups.stream().distinct().count();
    if (distinct < 2) {
      return;
    }
    int[] fold = Folds.assign(groups, labels, k, seed);
    Map<String, Integer> foldOfGroup = new HashMap<>();
    for (int i = 0; i < examples; i++) {
      Integer before = foldOfGroup.putIfAbsent(groups.get(i), fold[i]);
      assertTrue(before == null || before == fold[i], groups.get(i) + " split across folds");
    }
    assertEquals(Math.min(k, distinct), Folds.count(fold));
    assertArrayEquals(fold, Folds.assign(groups, labels, k, seed));
  }

  @Test
  void foldsOfSingletonGroupsAreStratified() {
    List<String> groups = new ArrayList<>();
    boolean[] labels = new boolean[1000];
    for (int i = 0; i < 1000; i++) {
      groups.add("s" + i);
      labels[i] = i % 4 == 0;
    }
    int[] fold = Folds.assign(groups, labels, 10, 3);
    for (int f = 0; f < 10; f++) {
      int pos = 0;
      int all = 0;
      for (int i = 0; i < 1000; i++) {
        if (fold[i] == f) {
          all++;
          pos += labels[i] ? 1 : 0;
        }
      }
      assertEquals(100, all, 2);
      assertEquals(25, pos, 1);
    }
  }

  @Test
  void fewerGroupsThanFoldsGiveOneFoldPerGroup() {
    int[] fold = Folds.assign(List.of("reuters", "reuters", "breitbart", "alternet"),
        new boolean[] {false, true, true, false}, 10, 1);
    assertEquals(3, Folds.count(fold));
    assertEquals(fold[0], fold[1]);
    assertThrows(IllegalArgumentException.class,
        () -> Folds.assign(List.of("one", "one"), new boolean[2], 10, 1));
  }
}
