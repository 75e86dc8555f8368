/** English texts of the routine library, keyed like `definitions.ts`. Facts: shared/CLINICAL.md. */
import type { Catalogue } from '../types.js';

export const en: Catalogue = {
  disclaimer:
    'Lactea gives general information, not medical advice. When in doubt, contact your midwife, doctor or lactation consultant.',
  pictures: {
    rest: 'Your breast from the front. Arrows on your shoulders: let them drop, and breathe out.',
    cup: 'Your breast from the front, with a clean cup held under the nipple.',
    circles: 'Fingertips making small, light circles, working round the outer part of the breast.',
    'strokes-in': 'A flat hand stroking lightly from the outer edge in toward the nipple; arrows all the way round.',
    'rps-press': 'Four fingertips on the areola round the base of the nipple, pressing steadily back toward the chest.',
    'rps-move': 'The fingertips move a little way round the areola, then press and hold again.',
    'c-hold': 'Thumb above and finger below the nipple, about 2 to 3 cm back from its base, making a C shape.',
    'press-back': 'The C hold pressing gently back toward the chest, without moving the fingers.',
    compress: 'Thumb and finger drawing together, holding about 2 seconds, then letting go; drops of milk at the nipple.',
    'move-round': 'The C hold moved round the breast to a new spot, then squeezing and releasing again.',
    pump: 'A pump flange centred over the nipple.',
    'pump-massage': 'A pump flange on the nipple, and a hand pressing the outer breast in toward it, then easing off.',
    'drain-armpit': 'Feather-light strokes from the edge of the areola out toward the lymph nodes in the armpit, just stretching the skin.',
    'drain-collarbone': 'Feather-light strokes from the edge of the areola up toward the lymph nodes above the collarbone.',
    'drain-both': 'Feather-light strokes toward the armpit and toward the collarbone, over the whole breast.',
    cold: 'A cold pack wrapped in cloth, resting on the sore area.',
    massager: 'A massager moving slowly over the outer breast, kept well away from the nipple.',
    'skin-check': 'A hand resting lightly on the breast, checking the skin and how it feels.',
    latch: 'Your baby’s head at the breast, feeding.',
    bra: 'A soft bra that supports the breast without pressing.',
    alert: 'Your breast with a warning sign: check the warning signs first.',
    info: 'Your breast with an information sign.',
  },
  routines: {
    'let-down': {
      title: 'Let-down massage',
      purpose:
        'A few minutes of gentle touch before or during nursing or pumping, to help your milk start to flow.',
      evidence:
        'A review pooling 18 small trials found more milk with breast massage, but results varied a lot between trials and the review’s details are not confirmed yet, so treat it as a possible help, not a promise.',
      steps: {
        settle: 'Sit back and let your shoulders drop. Breathe out slowly.',
        circles:
          'With your fingertips, make small, light circles on the outer part of the breast. Work slowly all the way around.',
        strokes: 'Now stroke lightly from the outside of the breast in toward the nipple. Go all the way around.',
      },
      cautions: {
        'never-hurts': 'This should never hurt. If it does, use a lighter touch or stop.',
        'not-inflamed':
          'If part of the breast is red, hot or very sore, skip this. Use gentle lymphatic drainage instead.',
      },
      tips: {
        'how-long':
          'How long: a minute or two of gentle massage before you pump or hand express, and gentle massage while you pump. Hospital handouts give about a minute before pumping and two to three minutes before hand expression. No source sets a daily amount.',
      },
    },
    'hands-on-pumping': {
      title: 'Hands-on pumping',
      purpose:
        'Helps you make more milk if you pump most of your milk or your supply is low. It is not for a red, sore or inflamed breast, and not if you already make too much milk: removing more milk makes more milk.',
      evidence:
        'In one study of 67 mothers pumping for babies born before 31 weeks, output reached about 820 mL a day by week 8, and those who learned these hand techniques made 48% more while pumping less. Mothers who also hand-expressed more than 5 times a day in the first 3 days reached about 955 mL a day. It was not randomised and included only parents of preterm babies, so we cannot promise the same for you.',
      steps: {
        circles:
          'Massage both breasts with small circles, like a breast self-exam. Give the outer part extra attention.',
        strokes:
          'Stroke lightly from the outside in toward the nipple, all the way around. If you like, express a little by hand for a moment, even if no drops come.',
        'start-pump':
          'Start pumping both sides at once. Turn the suction up to the highest level that still feels comfortable.',
        'massage-while-pumping':
          'While you pump, massage and gently press your breasts. A hands-free pumping bra helps. Keep going until the sprays stop and the flow slows; the timer is only a guide.',
        finish:
          'To finish, pump one side at a time while you massage, or express by hand. Switch sides back and forth.',
      },
      cautions: {
        'not-for-inflammation':
          'Not for inflammation. If part of a breast is red, hot or sore, or you already make too much milk, do not use this routine. Use inflammation care instead.',
        'no-lumps-work':
          'Some handouts say to work firm or lumpy areas until they soften. Never do that to an area that is painful, red or hot.',
        comfortable: 'Suction and massage should feel comfortable, never painful.',
      },
      tips: {
        'how-often':
          'If you pump for a baby who cannot feed at the breast yet: pump 8 to 10 times in 24 hours, including at night, and leave no more than 5 to 6 hours between sessions overnight.',
        'start-early':
          'After the birth, start expressing as soon as you can: ideally within the first 2 hours, or at least within 6. A pump can be added on the same day you start hand expressing.',
        'hand-expression-too':
          'In the first days, hand-express often, ideally more than 5 times a day, as well as your pump sessions, never instead of them. In one study, mothers who did this made the most milk while pumping as often as the others; in another, hand expression alone gave less milk than a pump.',
        'no-extra-time':
          'Hands-on pumping does not need more time than pumping alone: you massage before and while you pump.',
      },
    },
    'hand-expression': {
      title: 'Hand expression',
      purpose:
        'Removing milk with your hand: in the first days after birth, to finish a pumping session, or when you have no pump with you. With a sore, inflamed breast, use it only to take off a little milk for comfort.',
      evidence:
        'The steps follow NHS and public-health handouts. In a study of mothers of very preterm babies who also pumped, those who hand-expressed more than 5 times a day in the first 3 days made the most milk; it was not randomised. In a small trial, hand expression alone gave less milk than an electric pump. In another small trial with term babies feeding poorly, hand expression instead of pumping was followed by more breastfeeding at 2 months; the authors say this needs confirming.',
      note:
        'At first there may be only drops. In the first 2 to 3 days, 5 to 10 mL (1 to 2 teaspoons) or less is usual. Keep going: it still helps.',
      steps: {
        prepare: 'Wash your hands. Sit comfortably, leaning forward a little, with a clean cup or bottle under the breast.',
        massage:
          'With warm hands, massage gently all around the breast, from the outside toward the nipple, with a flat hand or your fingertips. Roll the nipple gently between finger and thumb.',
        'c-hold':
          'Make a C shape with your finger and thumb, opposite each other, about 2 to 3 cm back from the base of the nipple. That is about two finger-widths.',
        'press-back': 'Keeping your fingers there, press gently back toward your chest.',
        compress:
          'Now bring finger and thumb together and hold for about 2 seconds, then let go. Press, squeeze, release: build up a slow rhythm. Do not slide over the skin, and do not squeeze the nipple.',
        move: 'When the flow slows, move your finger and thumb round to a new spot on the breast and carry on.',
        check:
          'When it slows again, change breasts; you can swap back and forth a few times. With a sore breast, stop as soon as it feels a little better.',
      },
      cautions: {
        'inflammation-small':
          'If your breast is red, sore or inflamed, take only a little milk, just enough to feel comfortable. Do not try to empty the breast.',
        'never-hurts': 'It should not hurt. Do not press or rub hard. If it hurts, stop.',
        'not-nipple': 'Press behind the nipple, never on it: squeezing the nipple itself does not bring milk and can make it sore.',
        learn:
          'If you can, ask a midwife, nurse or lactation consultant to watch you once. It is easier to learn with someone beside you.',
      },
      tips: {
        'small-volumes': 'Drops are normal at first. In the first 2 to 3 days, 5 to 10 mL or less is usual.',
        separated:
          'If your baby is in a neonatal unit: start as soon as you can after the birth, ideally within 2 hours, and express 8 to 10 times in 24 hours, including at night, with no more than 5 to 6 hours between sessions overnight.',
        'with-pump':
          'If you pump most of your milk: in the first days, hand-express often, ideally more than 5 times a day, as well as your pump sessions, never instead of them.',
      },
    },
    'reverse-pressure-softening': {
      title: 'Reverse pressure softening',
      purpose:
        'Softens a swollen areola (the darker area around the nipple) so your baby can latch more easily. It can also help your milk start to flow. Do it just before a feed or pumping.',
      evidence:
        'It is described by a lactation clinician in published articles and in clinic handouts; Lactea has no trial results to share about it.',
      steps: {
        prepare: 'Check that your nails are short. Lie back a little if you can; it helps.',
        press:
          'Put your fingertips around the base of the nipple. Press steadily back toward your chest, gentle but firm. Hold.',
        move: 'Move your fingers a little way around the areola. Press and hold again.',
        'move-again': 'Move once more and hold. You may see a ring of small dimples.',
        latch: 'Latch your baby or start pumping right away. The softness lasts only a few minutes.',
      },
      cautions: {
        'not-mastitis':
          'One clinic handout says not to use this for mastitis, a plugged duct or an abscess. If part of your breast is red, hot or sore, use inflammation care instead.',
        'never-hurts': 'It should not hurt. If it does, press more lightly.',
        'very-firm':
          'If the areola is very firm, hold each spot longer, up to 3 minutes. Tap pause to take the extra time.',
      },
      tips: {},
    },
    'lymphatic-drainage': {
      title: 'Gentle lymphatic drainage',
      purpose:
        'Very light strokes that move fluid away from a swollen breast, toward the armpit and collarbone. For engorgement and for a sore, inflamed area. Never deep.',
      evidence:
        'Current mastitis guidance endorses only gentle, light-touch lymphatic drainage for inflammation. These steps follow a hospital patient handout; the exact wording of the technique in the guideline itself is not confirmed. A small study after caesarean birth found no difference in milk, pain or engorgement with lymphatic drainage plus Thai massage.',
      steps: {
        settle: 'Lie back or sit comfortably. Touch as lightly as you would pet a cat.',
        armpit: 'From the edge of the areola, stroke outward toward your armpit. Just stretch the skin; do not press in.',
        collarbone: 'Now stroke from the areola up toward your collarbone. Slow and light.',
        repeat: 'Repeat both directions over the whole breast. If anything hurts, go lighter.',
      },
      cautions: {
        'never-deep':
          'Never press deep or rub hard, even over a lump. Deep massage can injure breast tissue.',
        urgent:
          'Seek care now if redness spreads quickly or the skin breaks down, or you feel confused or faint, or your heart or breathing is fast. Do not massage.',
        'warning-signs':
          'Contact your provider today if you have a fever of 38.0 °C (100.4 °F) or higher, chills or flu-like aches. Do not rely on massage.',
      },
      tips: {},
    },
    'inflammation-care': {
      title: 'Care for a sore, inflamed breast',
      purpose:
        'What to do for a tender lump, a plugged duct or a red, sore area, following current guidance: a light touch, cold, and feeding as usual.',
      evidence:
        'This follows the 2022 mastitis protocol of the Academy of Breastfeeding Medicine and hospital handouts based on it. Even critics of that protocol agree that deep massage of a lump does not help inflammation.',
      note:
        'You may have heard to use heat, massage firmly toward the nipple, and nurse or pump often to empty the breast. That is older advice. Current guidance sees plugged ducts and mastitis as swelling and inflammation in the tissue, not a plug of milk to push out. Deep massage can injure the tissue and has been linked to abscesses. Removing extra milk makes more milk, and more swelling. That is why Lactea suggests a light touch, cold instead of heat, and feeding as usual.',
      steps: {
        check:
          'First, check for warning signs. Redness that spreads quickly, skin that breaks down, confusion, fainting, or a fast heartbeat or breathing: seek care now. A fever, chills or flu-like aches: contact your provider today.',
        drainage:
          'On the sore side, stroke very lightly from the sore area toward your armpit and collarbone. Just move the skin. Do not press into the lump.',
        cold: 'Wrap ice or a cold pack in a cloth, never straight on the skin. Hold it on the sore area for 10 minutes. Use cold, not heat.',
        feed: 'Feed your baby whenever they want, as usual, from both breasts. Your milk is safe for a healthy baby born at term.',
        'no-extra':
          'Do not add extra feeds or pumping, and do not try to empty the breast. Removing more milk makes more milk and more swelling.',
        comfort: 'If the breast feels too full, express a little by hand, just until it feels more comfortable.',
        bra: 'Wear a supportive bra that is not tight.',
        'pain-relief':
          'If you need pain relief, such as ibuprofen, take it as the package or your clinician directs.',
      },
      cautions: {
        urgent:
          'Seek care now if you feel confused or faint, your heart or breathing is fast, you have shaking chills, vomiting stops you keeping medicine down, redness spreads quickly, or the skin breaks down.',
        fever:
          'Contact your provider today if you have a fever of 38.0 °C (100.4 °F) or higher, chills, or flu-like aches.',
        'not-better':
          'Contact your provider today if it is not better, or is worse, after 12 to 24 hours of this care.',
        abscess:
          'Contact your provider today if you feel a distinct, very tender lump that is firm or feels full of fluid. It could be an abscess, which needs care, not massage.',
        nipple: 'Contact your provider today if pus or blood comes from the nipple, or a cracked nipple looks infected.',
        antibiotics:
          'If you are on antibiotics, contact your provider if you are not better after 24 to 48 hours, or are worse after 12 hours.',
        health:
          'If you have diabetes or a weakened immune system, contact your provider today at any sign of mastitis.',
        'lump-week':
          'A lump that lasts more than about a week, or keeps coming back in the same place, needs a check by a clinician. Imaging is safe while breastfeeding.',
        'no-shield': 'Avoid nipple shields while the breast is inflamed.',
      },
      tips: {
        'cold-how-often':
          'Cold: 10 minutes at a time, wrapped in a cloth, and no more than once an hour. Handouts differ (one says at most every 30 minutes, another 10 minutes each hour); Lactea suggests the less frequent.',
        'milk-safe':
          'Milk from an inflamed breast is safe for a healthy baby born at term: carrying on breastfeeding helps you and does not harm your baby. It may taste a little saltier. If your baby was born early or is unwell, ask the baby’s team.',
        'other-side-first': 'One hospital handout suggests starting each feed on the other breast, to let the sore side settle.',
      },
    },
    massager: {
      title: 'Using a breast massager (optional)',
      purpose:
        'If you like using a massager, how to use one gently before or during nursing or pumping. You do not need one: your hands are enough.',
      evidence:
        'No guideline endorses breast massagers. Mastitis guidance advises against vibration and heat on an inflamed breast.',
      steps: {
        check:
          'Look and feel first. If any area is red, hot or painful, do not use the massager. Use gentle lymphatic drainage instead.',
        light: 'Use a low setting and light pressure on the outer breast. Move it slowly. Keep it off the nipple.',
        skin: 'If it has heat, lift it and check your skin. Stop if the skin looks red or feels too warm.',
        hands: 'Finish with light hand strokes from the outside in toward the nipple.',
      },
      cautions: {
        'not-nipple': 'Never use a massager on the nipple.',
        'not-inflamed': 'Never use it on a red, painful or hot area. No vibration or heat on an inflamed breast.',
        'heat-skin': 'With heat, check your skin often. Stop if it feels too hot. Never use heat on a sore, red breast.',
      },
      tips: {},
    },
  },
  whenNotToMassage: {
    inflamed:
      'A red, hot or very painful area, or possible inflammation: no deep massage, no vibration, no heat. Only gentle lymphatic drainage.',
    abscess: 'A possible abscess (a distinct, firm, extremely tender swelling): no massage. Get care the same day.',
    spreading:
      'Spreading redness, broken skin, or signs of sepsis (confusion, fainting, fast heartbeat or breathing, shaking chills): no massage. Get urgent care.',
    surgery: 'Recent breast surgery: ask your surgeon before any massage.',
    pregnancy:
      'Pregnancy: breast and nipple stimulation can bring on labour. Only with your clinician’s approval, and never with a high-risk pregnancy or if you have had preterm labour.',
    lump: 'A lump that does not go away within about a week, or comes back in the same place: see a clinician. Imaging is safe while breastfeeding.',
    pain: 'Massage should never hurt. If it does, stop.',
  },
  faq: {
    'how-often': {
      question: 'How often, and for how long?',
      answer:
        'Lactea’s practical answer: a minute or two of gentle massage before each time you pump or hand express, and gentle massage while you pump. Hospital handouts give two to three minutes of massage before hand expression, and about a minute of massage and hand expression before pumping. The massage belongs to each session, and hands-on pumping does not take longer than pumping alone. No source sets a daily amount, such as “5 minutes a day”. None of this applies to a red, hot or painful area: use only gentle lymphatic drainage there.',
    },
    oils: {
      question: 'Do I need oil or cream?',
      answer:
        'No. The skin around the nipple makes its own oil, so creams and lotions are not usually needed; avoid soap on the nipples. Before pumping, a children’s hospital suggests a couple of drops of plain cooking oil (olive, canola or corn) on the nipple if the flange rubs; no national guideline says so. Some nipple creams contain things that can cause an allergy in you or your baby (a low-authority source). Lavender oil acts like a hormone, so keep it and other essential oils away from the breast. No guideline covers oil for massage. Lactea’s caution: oil is optional; if you use it, a few drops of plain food oil, no nut oils, no essential oils or fragrance, none on a cracked nipple, and wipe the nipple before your baby feeds.',
    },
    pregnancy: {
      question: 'Can I massage my breasts during pregnancy?',
      answer:
        'Only if your midwife or doctor says it is OK, and never with a high-risk pregnancy or if you have had preterm labour (Lactea’s rule). What the evidence studied: a Cochrane review of 6 trials (719 women) of breast stimulation to ripen the cervix or start labour in the third trimester. Fewer women were still not in labour after 72 hours with stimulation (62.7% vs 93.6%). There were 3 deaths of babies around birth with stimulation and none without; the difference was not statistically significant, but it is a reason for care. It had too little data on high-risk pregnancies, and says nothing about earlier pregnancy or about breastfeeding an older child.',
    },
    'breastfeeding-pregnant': {
      question: 'Can I keep breastfeeding an older child while pregnant?',
      answer:
        'It is your decision to take to your midwife or doctor, especially if you have had preterm labour or are at risk of it (Lactea’s rule). La Leche League says there is no evidence that breastfeeding in a low-risk pregnancy harms mother or baby, and a 2017 review of 19 studies found no effect on how pregnancies end or on birth weight. Sources disagree, though: a US survey found a higher risk of miscarriage while breastfeeding only (with no increase when the child also ate other food), and a patient library advises against it for those at risk of preterm labour.',
    },
    tools: {
      question: 'Do I need anything besides my hands?',
      answer:
        'No. Your hands are enough for every routine. Hands-on pumping uses your pump, and a hands-free pumping bra helps. For a sore breast, you need something cold wrapped in a cloth. A massager is optional: no guideline endorses one, and it should never be used with vibration or heat on an inflamed area.',
    },
    'reverse-pressure-softening': {
      question: 'What is reverse pressure softening?',
      answer:
        'A way to soften a swollen areola so your baby can latch. You press your fingertips steadily around the base of the nipple, back toward your chest, about a minute in each spot. The softness lasts only minutes, so latch or pump right after. One clinic handout says not to use it for mastitis, a plugged duct or an abscess.',
    },
    'lump-no-heat': {
      question: 'Why no heat or deep massage for a lump?',
      answer:
        'Because advice has changed. Older advice said heat, firm massage toward the nipple and frequent emptying. Since 2022, guidance sees plugged ducts and mastitis as swelling and inflammation in the tissue, not a plug to push out. Deep massage can injure the tissue and has been linked to abscesses, and even the guideline’s critics agree it does not help inflammation. Guidance now advises cold, not heat, a light touch, and feeding as usual. If a lump lasts about a week or keeps coming back, see a clinician.',
    },
  },
};
