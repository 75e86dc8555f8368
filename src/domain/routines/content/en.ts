/** English texts of the routine library, keyed like `definitions.ts`. Facts: shared/CLINICAL.md. */
import type { Catalogue } from '../types.js';

export const en: Catalogue = {
  disclaimer:
    'Lactea gives general information, not medical advice. When in doubt, contact your midwife, doctor or lactation consultant.',
  pictures: {
    rest: 'Breast outline: relax before you start',
    circles: 'Breast with small circles on the outer part',
    'strokes-in': 'Breast with arrows from the outside in toward the nipple',
    'fingertips-areola': 'Fingertips placed around the base of the nipple',
    'fingertips-rotate': 'Fingertips moved to new spots around the areola',
    expression: 'Fingertips at the edge of the areola, with drops of milk',
    pump: 'Pump flange over the nipple',
    'pump-massage': 'Pump flange, with fingertips pressing gently on the outer breast',
    'drain-armpit': 'Light strokes from the areola toward the armpit',
    'drain-collarbone': 'Light strokes from the areola up toward the collarbone',
    cold: 'Cold pack wrapped in cloth on the breast',
    massager: 'Massager on the outer breast, kept off the nipple',
    'skin-check': 'Check your skin and how you feel',
    info: 'Breast outline with an information sign',
    alert: 'Breast outline with a warning sign',
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
    },
    'hands-on-pumping': {
      title: 'Hands-on pumping',
      purpose:
        'Helps you make more milk if you pump most of your milk or your supply is low. It is not for a red, sore or inflamed breast, and not if you already make too much milk: removing more milk makes more milk.',
      evidence:
        'In one study of 67 mothers pumping for babies born before 31 weeks, output reached about 820 mL a day by week 8, and those who learned these hand techniques made 48% more while pumping less. It was not randomised and included only parents of preterm babies, so we cannot promise the same for you.',
      steps: {
        circles:
          'Massage both breasts with small circles, like a breast self-exam. Give the outer part extra attention.',
        strokes: 'Stroke lightly from the outside in toward the nipple, all the way around.',
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
    },
    'hand-expression': {
      title: 'Hand expression',
      purpose:
        'To finish a pumping session by hand, or to remove milk when you have no pump with you. With a sore, inflamed breast, use it only to take off a little milk for comfort.',
      evidence:
        'Finishing by hand is part of hands-on pumping, which helped pump-dependent mothers of preterm babies make more milk in a study that was not randomised. With inflammation, current guidance allows hand expression only to ease discomfort.',
      steps: {
        strokes: 'Stroke lightly from the outside of the breast in toward the nipple for a moment.',
        express: 'Express by hand the way you were shown. Go gently. Stop when the flow slows.',
        check: 'Check how you feel. With a sore breast, stop as soon as it feels a little better.',
      },
      cautions: {
        'inflammation-small':
          'If your breast is red, sore or inflamed, take only a little milk, just enough to feel comfortable. Do not try to empty the breast.',
        'never-hurts': 'It should not hurt. If it does, stop.',
        learn:
          'If nobody has shown you how to express by hand, ask a lactation consultant, midwife or nurse to show you.',
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
        'warning-signs':
          'If you have a fever, chills or feel unwell, or redness is spreading, contact your provider. Do not rely on massage.',
      },
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
          'First, check for warning signs: fever, chills, feeling very unwell, or redness that spreads. If you have any, contact your provider.',
        drainage:
          'On the sore side, stroke very lightly from the sore area toward your armpit and collarbone. Just move the skin. Do not press into the lump.',
        cold: 'Wrap ice or a cold pack in a cloth. Hold it on the sore area for about 10 minutes. Use cold, not heat.',
        feed: 'Feed your baby whenever they want, as usual.',
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
        'heat-skin': 'With heat, check your skin often. Stop if it feels too hot.',
      },
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
      'Pregnancy: breast and nipple stimulation can bring on labour. Not for a high-risk pregnancy; only with your clinician’s approval.',
    lump: 'A lump that does not go away within about a week, or comes back in the same place: see a clinician. Imaging is safe while breastfeeding.',
    pain: 'Massage should never hurt. If it does, stop.',
  },
  faq: {
    'how-often': {
      question: 'How often can I do these?',
      answer:
        'The guidance Lactea follows does not set a number. You can do a gentle let-down massage before or during any feed or pumping session, as long as it never hurts. If an area is red or sore, use only gentle lymphatic drainage and the inflammation care routine until it settles, and do not add extra pumping.',
    },
    pregnancy: {
      question: 'Can I massage my breasts during pregnancy?',
      answer:
        'Only if your clinician says it is OK. Breast and nipple stimulation can bring on labour. In a Cochrane review, fewer women were still not in labour after 72 hours with stimulation (62.7% vs 93.6%). There were 3 deaths of babies around birth with stimulation and none without; the difference was not statistically significant, but it is a reason for care. It is not for high-risk pregnancies.',
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
