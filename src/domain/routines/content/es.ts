/** Textos en español de la biblioteca de rutinas, con las mismas claves que `en.ts`. */
import type { Catalogue } from '../types.js';

export const es: Catalogue = {
  disclaimer:
    'Lactea ofrece información general, no consejo médico. Si tienes dudas, consulta con tu matrona, tu médico o tu asesora de lactancia.',
  pictures: {
    rest: 'Tu pecho de frente. Flechas sobre los hombros: déjalos caer y suelta el aire.',
    cup: 'Tu pecho de frente, con un vaso limpio bajo el pezón.',
    circles: 'Las yemas de los dedos haciendo pequeños círculos suaves por la parte exterior del pecho.',
    'strokes-in': 'La mano plana acariciando suavemente desde el borde exterior hacia el pezón; flechas por todo alrededor.',
    'rps-press': 'Cuatro yemas sobre la areola, alrededor de la base del pezón, presionando de forma constante hacia el pecho.',
    'rps-move': 'Las yemas se mueven un poco alrededor de la areola y vuelven a presionar y mantener.',
    'c-hold': 'El pulgar encima y el índice debajo del pezón, a unos 2 o 3 cm de su base, formando una C.',
    'press-back': 'La C presionando suavemente hacia el pecho, sin mover los dedos.',
    compress: 'El pulgar y el índice se juntan, mantienen unos 2 segundos y sueltan; gotas de leche en el pezón.',
    'move-round': 'La C girada a otro punto del pecho, juntando y soltando de nuevo.',
    pump: 'El embudo del sacaleches centrado sobre el pezón.',
    'pump-massage': 'El embudo en el pezón y una mano que presiona la parte exterior del pecho hacia él y luego afloja.',
    'drain-armpit': 'Caricias ligerísimas desde el borde de la areola hacia los ganglios de la axila, solo estirando la piel.',
    'drain-collarbone': 'Caricias ligerísimas desde el borde de la areola hacia los ganglios de encima de la clavícula.',
    'drain-both': 'Caricias ligerísimas hacia la axila y hacia la clavícula, por todo el pecho.',
    cold: 'Una bolsa de frío envuelta en un paño, sobre la zona dolorida.',
    massager: 'Un masajeador moviéndose despacio por la parte exterior del pecho, lejos del pezón.',
    'skin-check': 'Una mano apoyada suavemente sobre el pecho, revisando la piel y cómo se siente.',
    latch: 'La cabeza de tu bebé en el pecho, mamando.',
    bra: 'Un sujetador suave que sujeta el pecho sin apretar.',
    alert: 'Tu pecho con una señal de advertencia: revisa primero las señales de alarma.',
    info: 'Tu pecho con un signo de información.',
  },
  routines: {
    'let-down': {
      title: 'Masaje para la bajada de la leche',
      purpose:
        'Unos minutos de caricias suaves antes o durante la toma o la extracción, para ayudar a que la leche empiece a salir.',
      evidence:
        'Una revisión que reunió 18 ensayos pequeños encontró más leche con el masaje, pero los resultados variaron mucho entre ensayos y los detalles de la revisión aún no están confirmados: tómalo como una posible ayuda, no como una promesa.',
      steps: {
        settle: 'Recuéstate y suelta los hombros. Respira despacio.',
        circles:
          'Con las yemas de los dedos, haz pequeños círculos suaves en la parte exterior del pecho. Recorre todo el contorno, despacio.',
        strokes: 'Ahora acaricia suavemente desde fuera del pecho hacia el pezón. Hazlo por todo alrededor.',
      },
      cautions: {
        'never-hurts': 'Nunca debe doler. Si duele, hazlo más suave o para.',
        'not-inflamed':
          'Si una zona del pecho está roja, caliente o muy dolorida, no hagas este masaje. Usa el drenaje linfático suave.',
      },
      tips: {
        'how-long':
          'Cuánto tiempo: uno o dos minutos de masaje suave antes de sacarte leche o de la extracción manual, y masaje suave mientras te la sacas. Las guías de hospitales hablan de un minuto antes del sacaleches y de dos o tres minutos antes de la extracción manual. Ninguna fuente fija una cantidad diaria.',
      },
    },
    'hands-on-pumping': {
      title: 'Extracción con ayuda de las manos',
      purpose:
        'Te ayuda a producir más leche si te sacas casi toda la leche con sacaleches o si tienes poca producción. No es para un pecho rojo, dolorido o inflamado, ni si ya produces demasiada leche: sacar más leche hace que produzcas más.',
      evidence:
        'En un estudio con 67 madres que se sacaban leche para bebés nacidos antes de las 31 semanas, la producción llegó a unos 820 mL al día en la semana 8, y las que aprendieron estas técnicas con las manos produjeron un 48 % más usando menos el sacaleches. Las que además se extraían leche a mano más de 5 veces al día en los 3 primeros días llegaron a unos 955 mL al día. No fue aleatorizado y solo incluyó a madres de bebés prematuros, así que no podemos prometerte lo mismo.',
      steps: {
        circles:
          'Masajea los dos pechos con pequeños círculos, como en una autoexploración. Dedica más tiempo a la parte exterior.',
        strokes:
          'Acaricia suavemente desde fuera hacia el pezón, por todo alrededor. Si quieres, extrae un poco a mano un momento, aunque no salgan gotas.',
        'start-pump':
          'Empieza a sacarte leche de los dos lados a la vez. Sube la succión hasta el nivel más alto que aún te resulte cómodo.',
        'massage-while-pumping':
          'Mientras te sacas leche, masajea y presiona suavemente los pechos. Un sujetador de extracción manos libres ayuda. Sigue hasta que los chorros paren y el flujo baje; el temporizador es solo una guía.',
        finish:
          'Para terminar, sácate leche de un lado cada vez mientras masajeas, o extráela a mano. Cambia de lado varias veces.',
      },
      cautions: {
        'not-for-inflammation':
          'No es para la inflamación. Si una zona del pecho está roja, caliente o dolorida, o ya produces demasiada leche, no uses esta rutina. Usa los cuidados para la inflamación.',
        'no-lumps-work':
          'Algunas guías dicen que trabajes las zonas duras o con bultos hasta que se ablanden. Nunca lo hagas en una zona dolorida, roja o caliente.',
        comfortable: 'La succión y el masaje deben ser cómodos, nunca dolorosos.',
      },
      tips: {
        'how-often':
          'Si te sacas leche para un bebé que aún no puede mamar: hazlo de 8 a 10 veces en 24 horas, también de noche, y no dejes más de 5 o 6 horas entre sesiones por la noche.',
        'start-early':
          'Tras el parto, empieza a sacarte leche lo antes posible: idealmente en las 2 primeras horas, o al menos en las 6 primeras. Puedes añadir el sacaleches el mismo día en que empiezas la extracción manual.',
        'hand-expression-too':
          'En los primeros días, extráete leche a mano a menudo, idealmente más de 5 veces al día, además de tus sesiones con sacaleches, nunca en su lugar. En un estudio, las madres que lo hicieron produjeron más leche usando el sacaleches tan a menudo como las demás; en otro, la extracción manual sola dio menos leche que un sacaleches.',
        'no-extra-time':
          'La extracción con ayuda de las manos no lleva más tiempo que el sacaleches solo: masajeas antes y mientras te sacas leche.',
      },
    },
    'hand-expression': {
      title: 'Extracción manual',
      purpose:
        'Sacarte leche con la mano: en los primeros días tras el parto, para terminar una sesión con sacaleches o cuando no lo tienes a mano. Si el pecho está dolorido o inflamado, úsala solo para sacar un poco de leche y aliviarte.',
      evidence:
        'Los pasos siguen guías del NHS y de salud pública. En un estudio con madres de bebés muy prematuros que también usaban sacaleches, las que se extraían leche a mano más de 5 veces al día en los 3 primeros días produjeron más; no fue aleatorizado. En un ensayo pequeño, la extracción manual sola dio menos leche que un sacaleches eléctrico. En otro ensayo pequeño con bebés a término que mamaban mal, extraer a mano en lugar de con sacaleches se siguió de más lactancia a los 2 meses; los autores dicen que hay que confirmarlo.',
      note:
        'Al principio puede que solo salgan gotas. En los 2 o 3 primeros días, lo habitual son 5 a 10 mL (1 o 2 cucharaditas) o menos. Sigue: aun así ayuda.',
      steps: {
        prepare: 'Lávate las manos. Siéntate cómoda, un poco inclinada hacia delante, con un vaso o biberón limpio bajo el pecho.',
        massage:
          'Con las manos templadas, masajea suavemente todo el pecho, desde fuera hacia el pezón, con la mano plana o con las yemas. Haz rodar el pezón con suavidad entre los dedos.',
        'c-hold':
          'Forma una C con el índice y el pulgar, uno frente al otro, a unos 2 o 3 cm de la base del pezón. Son unos dos dedos de ancho.',
        'press-back': 'Sin mover los dedos, presiona suavemente hacia el pecho, hacia las costillas.',
        compress:
          'Ahora junta el índice y el pulgar y mantén unos 2 segundos; luego suelta. Presiona, junta, suelta: coge un ritmo lento. No deslices los dedos sobre la piel ni aprietes el pezón.',
        move: 'Cuando el flujo baje, gira los dedos a otro punto del pecho y sigue.',
        check:
          'Cuando vuelva a bajar, cambia de pecho; puedes alternar varias veces. Si el pecho está dolorido, para en cuanto notes un poco de alivio.',
      },
      cautions: {
        'inflammation-small':
          'Si el pecho está rojo, dolorido o inflamado, sácate solo un poco de leche, lo justo para sentir alivio. No intentes vaciar el pecho.',
        'never-hurts': 'No debe doler. No presiones ni frotes con fuerza. Si duele, para.',
        'not-nipple': 'Presiona detrás del pezón, nunca sobre él: apretar el pezón no saca leche y puede dejarlo dolorido.',
        learn:
          'Si puedes, pide a una matrona, enfermera o asesora de lactancia que te mire una vez. Se aprende mejor con alguien al lado.',
      },
      tips: {
        'small-volumes': 'Al principio lo normal son gotas. En los 2 o 3 primeros días, 5 a 10 mL o menos es lo habitual.',
        separated:
          'Si tu bebé está en la unidad neonatal: empieza lo antes posible tras el parto, idealmente en las 2 primeras horas, y sácate leche de 8 a 10 veces en 24 horas, también de noche, sin dejar más de 5 o 6 horas entre sesiones por la noche.',
        'with-pump':
          'Si te sacas casi toda la leche con sacaleches: en los primeros días, extráete leche a mano a menudo, idealmente más de 5 veces al día, además de tus sesiones con sacaleches, nunca en su lugar.',
      },
    },
    'reverse-pressure-softening': {
      title: 'Presión inversa suavizante',
      purpose:
        'Ablanda una areola hinchada (la zona más oscura alrededor del pezón) para que tu bebé se agarre mejor. También puede ayudar a que la leche empiece a salir. Hazla justo antes de la toma o de sacarte leche.',
      evidence:
        'La describe una profesional de la lactancia en artículos publicados y en guías de clínicas; Lactea no tiene resultados de ensayos que compartir sobre ella.',
      steps: {
        prepare: 'Comprueba que tienes las uñas cortas. Si puedes, recuéstate un poco: ayuda.',
        press:
          'Coloca las yemas de los dedos alrededor de la base del pezón. Presiona de forma constante hacia el pecho, suave pero firme. Mantén.',
        move: 'Mueve los dedos un poco alrededor de la areola. Presiona y mantén otra vez.',
        'move-again': 'Muévelos una vez más y mantén. Puede que veas un anillo de pequeños hoyuelos.',
        latch: 'Pon a tu bebé al pecho o empieza a sacarte leche enseguida. La areola se mantiene blanda solo unos minutos.',
      },
      cautions: {
        'not-mastitis':
          'Una guía de una clínica dice que no se use para mastitis, un conducto obstruido o un absceso. Si una zona del pecho está roja, caliente o dolorida, usa los cuidados para la inflamación.',
        'never-hurts': 'No debe doler. Si duele, presiona menos.',
        'very-firm':
          'Si la areola está muy dura, mantén cada punto más tiempo, hasta 3 minutos. Toca pausa para tomarte ese tiempo extra.',
      },
      tips: {},
    },
    'lymphatic-drainage': {
      title: 'Drenaje linfático suave',
      purpose:
        'Caricias muy ligeras que alejan el líquido de un pecho hinchado, hacia la axila y la clavícula. Para la congestión mamaria y para una zona dolorida o inflamada. Nunca en profundidad.',
      evidence:
        'Las guías actuales sobre mastitis solo respaldan el drenaje linfático suave y ligero para la inflamación. Estos pasos siguen una guía para pacientes de un hospital; la descripción exacta de la técnica en el propio protocolo no está confirmada. Un estudio pequeño tras cesárea no encontró diferencias en leche, dolor ni congestión con drenaje linfático y masaje tailandés.',
      steps: {
        settle: 'Recuéstate o siéntate cómodamente. Toca tan suave como si acariciaras a un gato.',
        armpit: 'Desde el borde de la areola, acaricia hacia la axila. Solo estira la piel; no presiones.',
        collarbone: 'Ahora acaricia desde la areola hacia arriba, hacia la clavícula. Despacio y suave.',
        repeat: 'Repite en las dos direcciones por todo el pecho. Si algo duele, hazlo más suave.',
      },
      cautions: {
        'never-deep':
          'Nunca presiones en profundidad ni frotes con fuerza, ni siquiera sobre un bulto. El masaje profundo puede lesionar el tejido del pecho.',
        urgent:
          'Busca atención urgente ahora si la rojez se extiende rápido o la piel se abre, o si tienes confusión, desmayos, o el corazón o la respiración muy rápidos. No te des masaje.',
        'warning-signs':
          'Contacta hoy con tu profesional de salud si tienes fiebre de 38,0 °C (100,4 °F) o más, escalofríos o dolores como de gripe. No te fíes solo del masaje.',
      },
      tips: {},
    },
    'inflammation-care': {
      title: 'Cuidados para un pecho dolorido o inflamado',
      purpose:
        'Qué hacer ante un bulto sensible, un conducto obstruido o una zona roja y dolorida, según las guías actuales: un toque suave, frío y tomas como siempre.',
      evidence:
        'Sigue el protocolo de mastitis de 2022 de la Academy of Breastfeeding Medicine y las guías hospitalarias basadas en él. Incluso los críticos de ese protocolo coinciden en que el masaje profundo de un bulto no ayuda a la inflamación.',
      note:
        'Quizá te hayan dicho que uses calor, que masajees con firmeza hacia el pezón y que des el pecho o te saques leche a menudo para vaciarlo. Ese es un consejo antiguo. Hoy se entiende que los conductos obstruidos y la mastitis son hinchazón e inflamación del tejido, no un tapón de leche que haya que sacar. El masaje profundo puede lesionar el tejido y se ha relacionado con abscesos. Sacar leche de más hace que produzcas más, y que haya más hinchazón. Por eso Lactea propone un toque suave, frío en lugar de calor y tomas como siempre.',
      steps: {
        check:
          'Primero, revisa si hay señales de alarma. Una rojez que se extiende rápido, piel que se abre, confusión, desmayos, o el corazón o la respiración muy rápidos: busca atención urgente ahora. Fiebre, escalofríos o dolores como de gripe: contacta hoy con tu profesional de salud.',
        drainage:
          'En el lado dolorido, acaricia muy suave desde la zona dolorida hacia la axila y la clavícula. Solo mueve la piel. No presiones el bulto.',
        cold: 'Envuelve hielo o una bolsa de frío en un paño, nunca directo sobre la piel. Ponlo sobre la zona dolorida 10 minutos. Usa frío, no calor.',
        feed: 'Da el pecho a tu bebé a demanda, como siempre, de los dos pechos. Tu leche es segura para un bebé sano nacido a término.',
        'no-extra':
          'No añadas tomas ni extracciones de más, y no intentes vaciar el pecho. Sacar más leche hace que produzcas más y aumenta la hinchazón.',
        comfort: 'Si sientes el pecho demasiado lleno, extrae un poco a mano, solo hasta sentir alivio.',
        bra: 'Usa un sujetador que sujete bien, pero que no apriete.',
        'pain-relief':
          'Si necesitas algo para el dolor, como ibuprofeno, tómalo como indique el envase o tu médico.',
      },
      cautions: {
        urgent:
          'Busca atención urgente ahora si tienes confusión o desmayos, el corazón o la respiración muy rápidos, escalofríos con temblores, vómitos que no te dejan tomar la medicación, una rojez que se extiende rápido o la piel se abre.',
        fever:
          'Contacta hoy con tu profesional de salud si tienes fiebre de 38,0 °C (100,4 °F) o más, escalofríos o dolores como de gripe.',
        'not-better':
          'Contacta hoy con tu profesional de salud si no mejoras, o empeoras, tras 12 a 24 horas con estos cuidados.',
        abscess:
          'Contacta hoy con tu profesional de salud si notas un bulto bien delimitado y muy doloroso, duro o que parece tener líquido. Podría ser un absceso, que necesita atención, no masaje.',
        nipple:
          'Contacta hoy con tu profesional de salud si sale pus o sangre del pezón, o si una grieta del pezón parece infectada.',
        antibiotics:
          'Si tomas antibióticos, contacta con tu profesional de salud si no mejoras en 24 a 48 horas, o si empeoras después de 12 horas.',
        health:
          'Si tienes diabetes o las defensas bajas, contacta hoy con tu profesional de salud ante cualquier señal de mastitis.',
        'lump-week':
          'Un bulto que dura más de una semana, más o menos, o que vuelve una y otra vez al mismo sitio necesita que lo vea un profesional. Las pruebas de imagen son seguras durante la lactancia.',
        'no-shield': 'Evita las pezoneras mientras el pecho esté inflamado.',
      },
      tips: {
        'cold-how-often':
          'Frío: 10 minutos cada vez, envuelto en un paño, y no más de una vez por hora. Las guías difieren (una dice como mucho cada 30 minutos, otra 10 minutos cada hora); Lactea propone la menos frecuente.',
        'milk-safe':
          'La leche de un pecho inflamado es segura para un bebé sano nacido a término: seguir dando el pecho te ayuda y no le hace daño. Puede saber un poco más salada. Si tu bebé nació antes de tiempo o está enfermo, pregunta a su equipo médico.',
        'other-side-first': 'Una guía de un hospital propone empezar cada toma por el otro pecho, para que el lado dolorido se calme.',
      },
    },
    massager: {
      title: 'Usar un masajeador de pecho (opcional)',
      purpose:
        'Si te gusta usar un masajeador, cómo usarlo con suavidad antes o durante la toma o la extracción. No lo necesitas: tus manos bastan.',
      evidence:
        'Ninguna guía respalda los masajeadores de pecho. Las guías sobre mastitis desaconsejan la vibración y el calor en un pecho inflamado.',
      steps: {
        check:
          'Primero mira y toca. Si alguna zona está roja, caliente o duele, no uses el masajeador. Usa el drenaje linfático suave.',
        light: 'Usa un nivel bajo y presión ligera en la parte exterior del pecho. Muévelo despacio. Mantenlo lejos del pezón.',
        skin: 'Si tiene calor, retíralo y revisa tu piel. Deja de usarlo si la piel está roja o demasiado caliente.',
        hands: 'Termina con caricias suaves con la mano, desde fuera hacia el pezón.',
      },
      cautions: {
        'not-nipple': 'Nunca uses el masajeador sobre el pezón.',
        'not-inflamed': 'Nunca lo uses sobre una zona roja, dolorida o caliente. Nada de vibración ni calor en un pecho inflamado.',
        'heat-skin': 'Con calor, revisa tu piel a menudo. Deja de usarlo si la notas demasiado caliente. Nunca uses calor en un pecho dolorido o rojo.',
      },
      tips: {},
    },
  },
  whenNotToMassage: {
    inflamed:
      'Una zona roja, caliente o muy dolorida, o posible inflamación: nada de masaje profundo, vibración ni calor. Solo drenaje linfático suave.',
    abscess: 'Posible absceso (un bulto bien delimitado, duro y muy doloroso): nada de masaje. Busca atención ese mismo día.',
    spreading:
      'Rojez que se extiende, piel abierta o señales de sepsis (confusión, desmayo, corazón o respiración rápidos, escalofríos con temblores): nada de masaje. Busca atención urgente.',
    surgery: 'Cirugía de pecho reciente: pregunta a tu cirujano antes de cualquier masaje.',
    pregnancy:
      'Embarazo: estimular el pecho y los pezones puede desencadenar el parto. Solo con la aprobación de tu profesional de salud, y nunca en un embarazo de riesgo o si has tenido un parto prematuro.',
    lump: 'Un bulto que no desaparece en una semana, más o menos, o que vuelve al mismo sitio: consulta a un profesional. Las pruebas de imagen son seguras durante la lactancia.',
    pain: 'El masaje nunca debe doler. Si duele, para.',
  },
  faq: {
    'how-often': {
      question: '¿Con qué frecuencia y cuánto tiempo?',
      answer:
        'La respuesta práctica de Lactea: uno o dos minutos de masaje suave antes de cada extracción, con sacaleches o a mano, y masaje suave mientras te sacas leche. Las guías de hospitales hablan de dos o tres minutos de masaje antes de la extracción manual, y de un minuto de masaje y extracción manual antes del sacaleches. El masaje forma parte de cada sesión, y la extracción con ayuda de las manos no lleva más tiempo que el sacaleches solo. Ninguna fuente fija una cantidad diaria, como «5 minutos al día». Nada de esto vale para una zona roja, caliente o dolorida: ahí, solo drenaje linfático suave.',
    },
    oils: {
      question: '¿Necesito aceite o crema?',
      answer:
        'No. La piel alrededor del pezón produce su propia grasa, así que no suelen hacer falta cremas ni lociones; evita el jabón en los pezones. Antes del sacaleches, un hospital infantil sugiere un par de gotas de aceite de cocina normal (oliva, colza o maíz) en el pezón si el embudo roza; ninguna guía nacional lo dice. Algunas cremas para pezones llevan ingredientes que pueden dar alergia a ti o a tu bebé (una fuente de poca autoridad). El aceite de lavanda actúa como una hormona: mantenlo, y los demás aceites esenciales, lejos del pecho. Ninguna guía habla del aceite para el masaje. Precaución de Lactea: el aceite es opcional; si lo usas, unas gotas de aceite alimentario sin más, nada de aceites de frutos secos, ni esenciales ni perfumes, nada sobre un pezón agrietado, y limpia el pezón antes de que tu bebé mame.',
    },
    pregnancy: {
      question: '¿Puedo darme masaje en los pechos durante el embarazo?',
      answer:
        'Solo si tu matrona o tu médico te dan el visto bueno, y nunca en un embarazo de riesgo o si has tenido un parto prematuro (regla de Lactea). Lo que estudió la evidencia: una revisión Cochrane de 6 ensayos (719 mujeres) sobre estimular el pecho para madurar el cuello del útero o iniciar el parto en el tercer trimestre. Con estimulación hubo menos mujeres que seguían sin estar de parto a las 72 horas (62,7 % frente a 93,6 %). Hubo 3 muertes de bebés alrededor del parto con estimulación y ninguna sin ella; la diferencia no fue estadísticamente significativa, pero es un motivo para tener cuidado. Había muy pocos datos sobre embarazos de riesgo, y no dice nada del embarazo más temprano ni de dar el pecho a un hijo mayor.',
    },
    'breastfeeding-pregnant': {
      question: '¿Puedo seguir dando el pecho a mi hijo mayor durante el embarazo?',
      answer:
        'Es una decisión tuya que conviene hablar con tu matrona o tu médico, sobre todo si has tenido un parto prematuro o tienes riesgo de tenerlo (regla de Lactea). La Liga de la Leche dice que no hay pruebas de que dar el pecho en un embarazo de bajo riesgo perjudique a la madre o al bebé, y una revisión de 2017 de 19 estudios no encontró efecto en cómo terminan los embarazos ni en el peso al nacer. Pero las fuentes no coinciden: una encuesta de EE. UU. encontró más riesgo de aborto espontáneo con lactancia exclusiva (sin aumento cuando el niño también comía otros alimentos), y una biblioteca para pacientes la desaconseja si hay riesgo de parto prematuro.',
    },
    tools: {
      question: '¿Necesito algo además de mis manos?',
      answer:
        'No. Tus manos bastan para todas las rutinas. La extracción con ayuda de las manos usa tu sacaleches, y un sujetador de extracción manos libres ayuda. Para un pecho dolorido necesitas algo frío envuelto en un paño. El masajeador es opcional: ninguna guía lo respalda, y nunca debe usarse con vibración ni calor sobre una zona inflamada.',
    },
    'reverse-pressure-softening': {
      question: '¿Qué es la presión inversa suavizante?',
      answer:
        'Una forma de ablandar una areola hinchada para que tu bebé pueda agarrarse. Presionas con las yemas de los dedos de forma constante alrededor de la base del pezón, hacia el pecho, más o menos un minuto en cada punto. La areola se mantiene blanda solo unos minutos, así que pon a tu bebé al pecho o sácate leche justo después. Una guía de una clínica dice que no se use para mastitis, conductos obstruidos ni abscesos.',
    },
    'lump-no-heat': {
      question: '¿Por qué no calor ni masaje profundo para un bulto?',
      answer:
        'Porque las recomendaciones han cambiado. Antes se aconsejaba calor, masaje firme hacia el pezón y vaciar el pecho a menudo. Desde 2022, las guías entienden los conductos obstruidos y la mastitis como hinchazón e inflamación del tejido, no como un tapón que haya que sacar. El masaje profundo puede lesionar el tejido y se ha relacionado con abscesos, e incluso los críticos de la guía coinciden en que no ayuda a la inflamación. Hoy se aconseja frío en lugar de calor, un toque suave y dar el pecho como siempre. Si un bulto dura una semana, más o menos, o vuelve una y otra vez, consulta a un profesional.',
    },
  },
};
