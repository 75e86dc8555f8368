/**
 * The reference list behind all health content, from shared/CLINICAL.md. Every citation in
 * routines, cautions and triage rules is one of these keys; tests check that each resolves.
 */

export interface Source {
  key: string;
  /** The reference as written in the clinical fact sheet. */
  citation: string;
  /** True where the fact sheet marks details of the source itself as unconfirmed. */
  unconfirmed: boolean;
}

export const SOURCES = {
  ABM36: { key: "ABM36", citation: "Mitchell KB et al. ABM Clinical Protocol #36: The Mastitis Spectrum, Revised 2022. Breastfeed Med 2022;17(5):360–376. doi:10.1089/bfm.2022.29207.kbm", unconfirmed: false },
  ABM4: { key: "ABM4", citation: "ABM Clinical Protocol #4: Mastitis (2008 revision).", unconfirmed: false },
  ABM20: { key: "ABM20", citation: "Berens P, Brodribb W. ABM Clinical Protocol #20: Engorgement, Revised 2016. Breastfeed Med 2016;11(4):159–163.", unconfirmed: false },
  ABM30: { key: "ABM30", citation: "Mitchell KB, Johnson HM, Eglash A. ABM Clinical Protocol #30: Breast Masses, Breast Complaints, and Diagnostic Breast Imaging in the Lactating Woman. Breastfeed Med 2019;14(4).", unconfirmed: false },
  LACTAPP: { key: "LACTAPP", citation: "LactApp blog, \"New ABM recommendations on mastitis\" (summary of ABM #36).", unconfirmed: false },
  DOUGLAS: { key: "DOUGLAS", citation: "Douglas P. Does ABM Clinical Protocol #36 promote overtreatment…? Int Breastfeed J 2023. doi:10.1186/s13006-023-00588-8", unconfirmed: false },
  UIHC: { key: "UIHC", citation: "University of Iowa Health Care, \"Management of Mastitis\" (patient handout).", unconfirmed: false },
  NHSDG: { key: "NHSDG", citation: "NHS Dumfries & Galloway, \"Mastitis and breast abscesses\" (infant feeding guideline).", unconfirmed: false },
  NHSH: { key: "NHSH", citation: "NHS Highland, \"Mastitis and breast abscess pathway\".", unconfirmed: false },
  NICE: { key: "NICE", citation: "NICE Clinical Knowledge Summary \"Mastitis and breast abscess\" (2010 revision).", unconfirmed: false },
  UNC: { key: "UNC", citation: "UNC hospital mastitis/abscess pathway (hospital document).", unconfirmed: false },
  MORTON09: { key: "MORTON09", citation: "Morton J et al. Combining hand techniques with electric pumping increases milk production in mothers of preterm infants. J Perinatol 2009;29(11):757–764. doi:10.1038/jp.2009.87", unconfirmed: false },
  MORTON12: { key: "MORTON12", citation: "Morton J et al. J Perinatol 2012;32(10):791–796.", unconfirmed: false },
  UWH7498: { key: "UWH7498", citation: "UW Health patient handout #7498, \"Hands-on Pumping: Helps Mothers Make More Milk\".", unconfirmed: false },
  "LLL-MSS": { key: "LLL-MSS", citation: "La Leche League, Massage–Stroke–Shake (Marmet) technique, as described in consumer summaries.", unconfirmed: false },
  COTTERMAN04: { key: "COTTERMAN04", citation: "Cotterman KJ. Reverse pressure softening. J Hum Lact 2004;20(2):227–237. PMID 15117523", unconfirmed: false },
  COTTERMAN03: { key: "COTTERMAN03", citation: "Cotterman KJ. Too swollen to latch on? Try reverse pressure softening first. LEAVEN 2003;39(2):38–40.", unconfirmed: false },
  "BCP-RPS": { key: "BCP-RPS", citation: "Breastfeeding Center of Pittsburgh, \"Reverse Pressure Softening\" handout.", unconfirmed: false },
  FODA04: { key: "FODA04", citation: "Foda MI et al. Composition of milk obtained from unmassaged versus massaged breasts of lactating mothers. J Pediatr Gastroenterol Nutr 2004;38(5):484–487.", unconfirmed: false },
  "META-MASSAGE": { key: "META-MASSAGE", citation: "Systematic review and meta-analysis of breast massage for milk production, 18 RCTs (doi:10.1177/15568253261454249; details unconfirmed).", unconfirmed: true },
  "COCHRANE-ENG": { key: "COCHRANE-ENG", citation: "Zakarija-Grkovic I, Stewart F. Treatments for breast engorgement during lactation. Cochrane 2020, CD006946.pub4.", unconfirmed: false },
  WITT16: { key: "WITT16", citation: "Witt AM et al. Therapeutic breast massage in lactation for the management of engorgement, plugged ducts, and mastitis. J Hum Lact 2016;32(1):123–131.", unconfirmed: false },
  IBJ22: { key: "IBJ22", citation: "Integrated vs traditional breast massage for plugged milk duct. Int Breastfeed J 2022. doi:10.1186/s13006-022-00485-6", unconfirmed: false },
  OPHJ23: { key: "OPHJ23", citation: "Manual lymphatic drainage with Thai massage after caesarean. Open Public Health J 2023. doi:10.2174/0118749445267207230919070638", unconfirmed: false },
  "PLOS20-OXY": { key: "PLOS20-OXY", citation: "Maternal plasma levels of oxytocin during breastfeeding — a systematic review. PLoS One 2020. doi:10.1371/journal.pone.0235806", unconfirmed: false },
  UEDA94: { key: "UEDA94", citation: "Ueda T et al. Influence of psychological stress on suckling-induced pulsatile oxytocin release. Obstet Gynecol 1994;84(2):259–262.", unconfirmed: false },
  "COCHRANE-BS": { key: "COCHRANE-BS", citation: "Kavanagh J, Kelly AJ, Thomas J. Breast stimulation for cervical ripening and induction of labour. Cochrane 2005, CD003392.pub2.", unconfirmed: false },
  CDC: { key: "CDC", citation: "CDC, Breast Milk Storage and Preparation; CDC breastfeeding FAQs.", unconfirmed: false },
  WANG99: { key: "WANG99", citation: "Wang CD et al. Creamatocrit and the nutrient composition of human milk. J Perinatol 1999;19(5):343–346.", unconfirmed: false },
  MEDALG: { key: "MEDALG", citation: "Medical Algorithms Company pages on the Wang and Meier creamatocrit equations.", unconfirmed: false },
  MEIER: { key: "MEIER", citation: "Meier PP et al. creamatocrit equations (paper unconfirmed; via MEDALG).", unconfirmed: true },
  ONEILL13: { key: "ONEILL13", citation: "O'Neill EF et al. Creamatocrit analysis of human milk overestimates fat and energy content… JPGN 2013;56(5):569–572.", unconfirmed: false },
  TIE21: { key: "TIE21", citation: "Tie WJ et al. Reproducibility of the creamatocrit technique… Food Chem 2021;356:129708.", unconfirmed: false },
  MITOULAS02: { key: "MITOULAS02", citation: "Mitoulas LR et al. Br J Nutr 2002;88(1):29–37.", unconfirmed: false },
  KENT06: { key: "KENT06", citation: "Kent JC et al. Volume and frequency of breastfeedings and fat content of breast milk throughout the day. Pediatrics 2006;117(3):e387.", unconfirmed: false },
  ENGSTROM07: { key: "ENGSTROM07", citation: "Engstrom JL et al. Right vs left breast output during simultaneous pumping. Breastfeed Med 2007. PMID 17661579", unconfirmed: false },
  IOM91: { key: "IOM91", citation: "Institute of Medicine. Nutrition During Lactation. 1991.", unconfirmed: false },
  DEWEY83: { key: "DEWEY83", citation: "Dewey KG, Lönnerdal B. JPGN 1983;2(3):497–506.", unconfirmed: false },
  MICHAELSEN94: { key: "MICHAELSEN94", citation: "Michaelsen KF et al. Am J Clin Nutr 1994;59(3):600–611.", unconfirmed: false },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

export const SOURCE_KEYS = Object.keys(SOURCES) as SourceKey[];

export function isSourceKey(k: string): k is SourceKey {
  return Object.prototype.hasOwnProperty.call(SOURCES, k);
}
