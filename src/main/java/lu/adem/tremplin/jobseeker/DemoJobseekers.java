package lu.adem.tremplin.jobseeker;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.Agency;

/**
 * Embedded default only: 200 invented but plausible jobseekers spread over the agencies, the same
 * on every machine (fixed seed). Among them the jobseekers of the demo onboarding cases. Runs only
 * on an empty table.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoJobseekers implements ApplicationRunner {

    static final int COUNT = 200;

    /** Registration numbers the demo onboarding cases use, with their agencies. */
    static final Map<String, Agency> DEMO_CASES = Map.of(
            "DE-2026-004211",
            Agency.LUXEMBOURG,
            "DE-2026-004387",
            Agency.LUXEMBOURG,
            "DE-2026-005102",
            Agency.LUXEMBOURG,
            "DE-2026-003876",
            Agency.ESCH_SUR_ALZETTE,
            "DE-2026-004950",
            Agency.ESCH_SUR_ALZETTE,
            "DE-2026-005233",
            Agency.DIEKIRCH);

    private static final List<String> FIRST_NAMES = List.of(
            "Ana",
            "Marc",
            "Claire",
            "João",
            "Sofia",
            "Luca",
            "Fatima",
            "Pierre",
            "Nathalie",
            "Mehmet",
            "Elena",
            "Tom",
            "Inês",
            "Yannick",
            "Aïcha",
            "Jeff",
            "Sandra",
            "Miguel",
            "Carole",
            "Dragan",
            "Lisa",
            "Karim",
            "Martine",
            "Paulo",
            "Chantal",
            "Arben",
            "Julie",
            "Nuno",
            "Monique",
            "Patrick",
            "Leila",
            "Georges",
            "Beatriz",
            "Ivana",
            "Serge",
            "Amina",
            "Luc",
            "Tiago",
            "Nadia",
            "Romain");
    private static final List<String> LAST_NAMES = List.of(
            "Schmit",
            "Muller",
            "Weber",
            "Wagner",
            "Hoffmann",
            "Da Silva",
            "Pereira",
            "Ferreira",
            "Rodrigues",
            "Kieffer",
            "Thill",
            "Reuter",
            "Becker",
            "Schroeder",
            "Klein",
            "Hansen",
            "Braun",
            "Martins",
            "Gomes",
            "Lopes",
            "Marx",
            "Meyer",
            "Weis",
            "Kremer",
            "Hoxha",
            "Dupont",
            "Lambert",
            "Rossi",
            "Bianchi",
            "Nowak",
            "Kovač",
            "Yilmaz",
            "Benali",
            "Diallo",
            "Faber",
            "Goergen",
            "Zeimet",
            "Steichen",
            "Majerus",
            "Origer");
    /** ROME codes common among Adem's jobseekers. */
    private static final List<String> OCCUPATIONS = List.of(
            "M1607", "K2204", "N1103", "D1106", "G1602", "M1805", "J1501", "F1703", "H2913", "M1203", "K1302", "I1604",
            "N4105", "G1803", "D1505", "M1602");

    private static final Map<Agency, Integer> SHARE = shares();

    private static final Logger log = LoggerFactory.getLogger(DemoJobseekers.class);

    private final JobseekerRepository repository;

    DemoJobseekers(JobseekerRepository repository) {
        this.repository = repository;
    }

    private static Map<Agency, Integer> shares() {
        Map<Agency, Integer> shares = new LinkedHashMap<>();
        shares.put(Agency.LUXEMBOURG, 70);
        shares.put(Agency.ESCH_SUR_ALZETTE, 50);
        shares.put(Agency.DIFFERDANGE, 25);
        shares.put(Agency.DIEKIRCH, 20);
        shares.put(Agency.WILTZ, 20);
        shares.put(Agency.WASSERBILLIG, 15);
        return shares;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        generate().forEach(repository::insert);
        log.info("Seeded {} demo jobseekers", COUNT);
    }

    static List<Jobseeker> generate() {
        Random random = new Random(2026);
        List<Jobseeker> jobseekers = new java.util.ArrayList<>();
        DEMO_CASES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(demo -> jobseekers.add(person(random, demo.getKey(), demo.getValue())));
        int number = 3000;
        for (Map.Entry<Agency, Integer> share : SHARE.entrySet()) {
            long already = jobseekers.stream()
                    .filter(j -> j.agency() == share.getKey())
                    .count();
            for (long i = already; i < share.getValue(); i++) {
                String registration;
                do {
                    registration = "DE-2026-00" + (number += 1 + random.nextInt(17));
                } while (DEMO_CASES.containsKey(registration));
                jobseekers.add(person(random, registration, share.getKey()));
            }
        }
        return jobseekers;
    }

    private static Jobseeker person(Random random, String registration, Agency agency) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        Set<Language> languages = EnumSet.of(random.nextInt(10) < 7 ? Language.FR : Language.EN);
        for (Language extra : Language.values()) {
            if (random.nextInt(10) < 3) {
                languages.add(extra);
            }
        }
        String referent = switch (agency) {
            case LUXEMBOURG -> "counsellor";
            case ESCH_SUR_ALZETTE -> "counsellor2";
            default -> null;
        };
        String email = random.nextInt(10) < 9 ? ascii(first + "." + last) + "@example.lu" : null;
        String phone = String.format(
                "+352 6%02d %03d %03d", 21 + random.nextInt(70), random.nextInt(1000), random.nextInt(1000));
        return new Jobseeker(
                null,
                registration,
                first,
                last,
                agency,
                referent,
                languages,
                email,
                phone,
                OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size())),
                null);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace(" ", "")
                .toLowerCase(Locale.ROOT);
    }
}
