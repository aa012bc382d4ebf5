package org.oversight.policedata.load;

import java.util.Map;
import java.util.Set;

/**
 * The values data.police.uk publishes in its categorical columns. A value outside these is kept as
 * it is and listed in the file's data-quality summary, never dropped or guessed.
 */
final class KnownValues {

    private KnownValues() {}

    static final Set<String> CRIME_TYPES = Set.of(
            "Anti-social behaviour",
            "Bicycle theft",
            "Burglary",
            "Criminal damage and arson",
            "Drugs",
            "Other crime",
            "Other theft",
            "Possession of weapons",
            "Public order",
            "Robbery",
            "Shoplifting",
            "Theft from the person",
            "Vehicle crime",
            "Violence and sexual offences",
            // Categories used before 2013 in older archives.
            "Public disorder and weapons",
            "Violent crime");

    static final Set<String> OUTCOMES = Set.of(
            "Action to be taken by another organisation",
            "Awaiting court outcome",
            "Court case unable to proceed",
            "Court result unavailable",
            "Defendant found not guilty",
            "Defendant sent to Crown Court",
            "Formal action is not in the public interest",
            "Further action is not in the public interest",
            "Further investigation is not in the public interest",
            "Investigation complete; no suspect identified",
            "Local resolution",
            "Offender deprived of property",
            "Offender fined",
            "Offender given a caution",
            "Offender given a drugs possession warning",
            "Offender given absolute discharge",
            "Offender given community sentence",
            "Offender given conditional discharge",
            "Offender given penalty notice",
            "Offender given suspended prison sentence",
            "Offender ordered to pay compensation",
            "Offender otherwise dealt with",
            "Offender sent to prison",
            "Status update unavailable",
            "Suspect charged",
            "Suspect charged as part of another case",
            "Unable to prosecute suspect",
            "Under investigation");

    static final Map<String, Set<String>> STOP_AND_SEARCH = Map.of(
            "Type", Set.of("Person search", "Person and Vehicle search", "Vehicle search"),
            "Gender", Set.of("Male", "Female", "Other"),
            "Age range", Set.of("under 10", "10-17", "18-24", "25-34", "over 34"),
            "Officer-defined ethnicity", Set.of("White", "Black", "Asian", "Other", "Mixed"),
            "Legislation",
                    Set.of(
                            "Misuse of Drugs Act 1971 (section 23)",
                            "Police and Criminal Evidence Act 1984 (section 1)",
                            "Criminal Justice and Public Order Act 1994 (section 60)",
                            "Firearms Act 1968 (section 47)",
                            "Terrorism Act 2000 (section 47A)",
                            "Terrorism Act 2000 (section 43)",
                            "Terrorism Act 2000 (section 43A)",
                            "Poaching Prevention Act 1862 (section 2)",
                            "Psychoactive Substances Act 2016 (s36(2))",
                            "Psychoactive Substances Act 2016 (s37(2))",
                            "Wildlife and Countryside Act 1981 (section 19)",
                            "Crossbows Act 1987 (section 4)",
                            "Aviation Security Act 1982 (section 27(1))",
                            "Customs and Excise Management Act 1979 (section 163)",
                            "Public Stores Act 1875 (section 6)",
                            "Conservation of Seals Act 1970 (section 4)",
                            "Deer Act 1991 (section 12)",
                            "Hunting Act 2004 (section 8)",
                            "Protection of Badgers Act 1992 (section 11)",
                            "Sporting Events (Control of Alcohol etc.) Act 1985 (section 7)"),
            "Object of search",
                    Set.of(
                            "Controlled drugs",
                            "Offensive weapons",
                            "Stolen goods",
                            "Article for use in theft",
                            "Articles for use in criminal damage",
                            "Firearms",
                            "Anything to threaten or harm anyone",
                            "Evidence of offences under the Act",
                            "Fireworks",
                            "Psychoactive substances",
                            "Crossbows",
                            "Game or poaching equipment",
                            "Evidence of wildlife offences",
                            "Detailed information not provided",
                            "Goods on which duty has not been paid etc.",
                            "Seals or hunting equipment"),
            "Outcome",
                    Set.of(
                            "A no further action disposal",
                            "Arrest",
                            "Community resolution",
                            "Khat or Cannabis warning",
                            "Penalty Notice for Disorder",
                            "Summons / charged by post",
                            "Caution (simple or conditional)",
                            "Local resolution",
                            "Offender given drugs possession warning",
                            "Offender given penalty notice",
                            "Suspect arrested",
                            "Suspect summonsed to court",
                            "Nothing found - no further action"),
            "Outcome linked to object of search", Set.of("True", "False"),
            "Removal of more than just outer clothing", Set.of("True", "False"),
            "Part of a policing operation", Set.of("True", "False"));
}
