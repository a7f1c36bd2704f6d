import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N synthetic news articles in the seed document format (DOCUMENT-FORMAT.md,
 * part 1), deterministically: the same N gives the same files, byte for byte.
 *
 *   java bench/GenerateArticles.java OUT_DIR [N=10000] [FIRST=0]
 *
 * FIRST numbers the articles from FIRST on (titles, URLs, random choices), so a set
 * with another FIRST is as many other articles: the benchmark warms the import up
 * with one.
 *
 * About 20 publications (with a publications.tsv), a few hundred bylined people and
 * three agencies, a dozen paragraphs each, dates over three years, 0-3 "Related
 * article" links by title to other generated articles (earlier or later ones), and
 * the rare word "zeppelin" in about 1% of articles for the search benchmark.
 */
public class GenerateArticles {

    static final String RARE_WORD = "zeppelin";

    static final String[] FIRST = {"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farida", "Gareth", "Hana", "Ivan", "Julia",
            "Kenji", "Lucia", "Mikhail", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sergei", "Tamara", "Umar", "Vera",
            "Wei", "Xenia", "Yusuf", "Zofia"};
    static final String[] LAST = {"Petrova", "Ivanov", "Smith", "Garcia", "Kowalski", "Nakamura", "Okafor", "Haddad",
            "Novak", "Lindqvist", "Moreau", "Rossi", "Schmidt", "Silva"};
    static final String[] AGENCIES = {"AFP", "Reuters", "AP"};
    static final String[] PLACES = {"Moscow", "Beijing", "Kyiv", "Berlin", "Paris", "Seoul", "Tokyo", "Warsaw", "Ankara",
            "Cairo", "Brussels", "Geneva", "Vienna", "Riga", "Tbilisi", "Almaty", "Minsk", "Helsinki", "Oslo", "Rome"};
    static final String[] SUBJECTS = {"Officials", "Lawmakers", "Investors", "Farmers", "Doctors", "Teachers", "Engineers",
            "Regulators", "Diplomats", "Workers", "Residents", "Analysts"};
    static final String[] VERBS = {"Debate", "Reject", "Approve", "Question", "Welcome", "Criticize", "Delay", "Support",
            "Review", "Expand"};
    static final String[] OBJECTS = {"Energy Deal", "Budget Plan", "Trade Pact", "Rail Project", "Tax Reform",
            "Grain Exports", "Pension Changes", "Border Talks", "Climate Targets", "Port Expansion", "Bank Merger",
            "Water Rights"};
    static final String[] SENTENCES = {
            "{subject} said on {day} that the talks in {place} had reached a critical stage.",
            "According to people familiar with the matter, the {object} could be signed within weeks.",
            "“We are not going to accept this,” one official told reporters in {place}.",
            "The decision follows months of negotiations between {place} and its neighbours.",
            "Critics argue that the {object} benefits a narrow group of companies.",
            "Prices rose by {n}% over the past year, official statistics showed.",
            "The ministry in {place} declined to comment on the report.",
            "Observers expect further meetings before the end of the quarter.",
            "Local media reported that {n} people attended the protest in {place}.",
            "{subject} in {place} want the {object} reviewed by an independent panel."};
    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/docs");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int firstNumber = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Files.createDirectories(out);
        Random random = new Random(20_250_902L + firstNumber);
        List<String> domains = new ArrayList<>();
        StringBuilder registry = new StringBuilder("domain\tname\thomepage\n");
        for (int i = 0; i < 20; i++) {
            String place = PLACES[i];
            String domain = place.toLowerCase(Locale.ROOT) + "-tribune.example";
            domains.add(domain);
            registry.append(domain).append('\t').append("The ").append(place).append(" Tribune\thttps://www.")
                    .append(domain).append("/\n");
        }
        Files.writeString(out.resolve("publications.tsv"), registry, StandardCharsets.UTF_8);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            titles.add(title(firstNumber + i));
        }
        DateTimeFormatter written = DateTimeFormatter.ofPattern("MMMM dd, uuuu", Locale.ENGLISH);
        // Sections and tags from a random of their own, so the rest of every document stays
        // what it was before documents had them.
        Random taxonomy = new Random(20_251_201L + firstNumber);
        LocalDate first = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder doc = new StringBuilder();
            doc.append("# ").append(titles.get(i)).append("\n\n");
            doc.append("By ").append(byline(random)).append("\n\n");
            doc.append(sectionLine(taxonomy)).append("\n\n").append(tagsLine(taxonomy)).append("\n\n");
            doc.append(written.format(first.plusDays(random.nextInt(3 * 365)))).append("\n\n\n\n");
            String place = PLACES[random.nextInt(PLACES.length)];
            doc.append("A view of ").append(place).append(". **").append(AGENCIES[random.nextInt(AGENCIES.length)])
                    .append("**\n\n");
            int paragraphs = 10 + random.nextInt(5);
            int links = random.nextInt(4);
            boolean rare = random.nextInt(100) == 0;
            for (int p = 0; p < paragraphs; p++) {
                doc.append(paragraph(random, place, rare && p == 3)).append("\n\n");
                if (links > 0 && p == paragraphs / 2 + links) {
                    int target = random.nextInt(count);
                    if (target != i) {
                        doc.append("**Related article:** [").append(titles.get(target)).append("](#)\n\n");
                    }
                    links--;
                }
            }
            String domain = domains.get(random.nextInt(domains.size()));
            doc.append("Original url:\n\n<https://www.").append(domain).append("/news/").append(firstNumber + i).append(">\n");
            Files.writeString(out.resolve(String.format("%06d.txt", i)), doc, StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + count + " articles to " + out);
    }

    /** Six top sections with four under each: "Section: World > Europe". */
    static String sectionLine(Random random) {
        String[] top = SECTIONS[random.nextInt(SECTIONS.length)];
        return "Section: " + top[0] + " > " + top[1 + random.nextInt(top.length - 1)];
    }

    /** Two to four of sixty topics, skewed so some tags are common and most are rare. */
    static String tagsLine(Random random) {
        int count = 2 + random.nextInt(3);
        java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();
        while (tags.size() < count) {
            int skewed = (int) (TOPICS.length * Math.pow(random.nextDouble(), 2));
            tags.add(TOPICS[skewed]);
        }
        return "Tags: " + String.join(", ", tags);
    }

    static final String[][] SECTIONS = {
        {"World", "Europe", "Asia", "Americas", "Africa"},
        {"Business", "Markets", "Energy", "Technology", "Economy"},
        {"Politics", "Elections", "Parliament", "Policy", "Diplomacy"},
        {"Science", "Climate", "Space", "Health", "Research"},
        {"Culture", "Books", "Film", "Music", "Architecture"},
        {"Sport", "Football", "Tennis", "Cycling", "Athletics"},
    };

    static final String[] TOPICS = {
        "Climate", "Elections", "Energy", "Inflation", "Trade", "Migration", "Security", "Health", "Education",
        "Transport", "Housing", "Agriculture", "Water", "Tourism", "Space", "Artificial intelligence", "Cybersecurity",
        "Diplomacy", "Sanctions", "Defence", "Justice", "Corruption", "Labour", "Pensions", "Taxes", "Banking",
        "Shipping", "Aviation", "Railways", "Mining", "Oil", "Gas", "Nuclear", "Wind power", "Solar power", "Floods",
        "Drought", "Wildfires", "Earthquakes", "Vaccines", "Hospitals", "Universities", "Museums", "Festivals",
        "Football", "Tennis", "Cycling", "Olympics", "Film", "Music", "Books", "Theatre", "Fashion", "Food", "Wine",
        "Startups", "Semiconductors", "Telecoms", "Media", "Archaeology",
    };

    static String title(int i) {
        return SUBJECTS[i % SUBJECTS.length] + " in " + PLACES[(i / 12) % PLACES.length] + " " + VERBS[(i / 240) % VERBS.length]
                + " " + OBJECTS[(i / 7) % OBJECTS.length] + ", Report " + (i + 1) + " Says";
    }

    static String byline(Random random) {
        if (random.nextInt(4) == 0) {
            return "[" + AGENCIES[random.nextInt(AGENCIES.length)] + "](#)";
        }
        String person = "[" + FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + "](#)";
        return random.nextInt(5) == 0 ? person + " and [" + AGENCIES[random.nextInt(AGENCIES.length)] + "](#)" : person;
    }

    static String paragraph(Random random, String place, boolean rare) {
        StringBuilder text = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)]
                    .replace("{subject}", SUBJECTS[random.nextInt(SUBJECTS.length)])
                    .replace("{day}", DAYS[random.nextInt(DAYS.length)])
                    .replace("{place}", place)
                    .replace("{object}", OBJECTS[random.nextInt(OBJECTS.length)].toLowerCase(Locale.ROOT))
                    .replace("{n}", Integer.toString(2 + random.nextInt(300)));
            text.append(s == 0 ? "" : " ").append(sentence);
        }
        if (rare) {
            text.append(" A restored ").append(RARE_WORD).append(" hangar drew visitors from across the region.");
        }
        return text.toString();
    }
}
