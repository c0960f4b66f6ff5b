package dev.slant.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small self-written labelled corpora for tests. */
public final class Fixtures {

  private Fixtures() {}

  /** Biased sentences in the writer's own voice. */
  public static final List<String> BIASED = List.of(
      "The reckless governor rammed through a draconian curfew that punishes ordinary families.",
      "Shameful officials slashed funding for schools while lining their own pockets.",
      "The radical mayor's disastrous scheme has left the city in utter chaos.",
      "Greedy landlords are gouging desperate tenants with outrageous rent hikes.",
      "The regime's thugs brutally crushed a peaceful protest on Sunday.",
      "Lawmakers caved to corporate lobbyists in a cowardly betrayal of voters.",
      "The senator's bizarre rant exposed his contempt for working people.",
      "A corrupt council squandered millions on a vanity project nobody wanted.",
      "The minister's ludicrous excuses insult the intelligence of every taxpayer.",
      "Extremist activists hijacked the debate with their dangerous propaganda.",
      "The company's ruthless bosses slaughtered hundreds of jobs to fatten profits.",
      "This disgraceful witch hunt is a blatant attack on free speech.");

  /** Neutral report sentences. */
  public static final List<String> NEUTRAL = List.of(
      "The governor signed a curfew order on Tuesday, according to a statement.",
      "Officials said school funding would fall by 3 percent next year.",
      "The mayor presented the transport plan to the city council on Monday.",
      "Average rents rose 4 percent in the second quarter, the agency reported.",
      "Police said about 200 people attended the protest on Sunday.",
      "The bill passed the senate by 52 votes to 48 after a short debate.",
      "The senator spoke for 20 minutes at the union conference in Ohio.",
      "The council approved a budget of 12 million dollars for the project.",
      "The minister told reporters the review would be published in June.",
      "Activists and business groups both submitted comments on the proposal.",
      "The company announced it would close two plants and cut 300 jobs.",
      "The court will hear arguments in the free speech case next month.");

  /**
   * A comma-separated {@code text,label,group,outlet} file: sentence i of each list goes to
   * article "a{i%6}" so every article holds biased and neutral sentences.
   */
  public static Path sentenceCsv(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("text,label,group,outlet\n");
    for (int i = 0; i < BIASED.size(); i++) {
      String group = "a" + (i % 6);
      String outlet = i % 2 == 0 ? "daily-herald" : "evening-post";
      sb.append(csv(BIASED.get(i))).append(",biased,").append(group).append(',').append(outlet)
          .append('\n');
      sb.append(csv(NEUTRAL.get(i))).append(",not biased,").append(group).append(',')
          .append(outlet).append('\n');
    }
    Path p = dir.resolve("sentences.csv");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  private static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
