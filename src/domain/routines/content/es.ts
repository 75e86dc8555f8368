/** Textos en español de la biblioteca de rutinas, con las mismas claves que `en.ts`. */
import type { Catalogue } from '../types.js';

export const es: Catalogue = {
  disclaimer:
    'Lactea ofrece información general, no consejo médico. Si tienes dudas, consulta con tu matrona, tu médico o tu asesora de lactancia.',
  pictures: {
    rest: 'Contorno del pecho: relájate antes de empezar',
    circles: 'Pecho con pequeños círculos en la parte exterior',
    'strokes-in': 'Pecho con flechas desde fuera hacia el pezón',
    'fingertips-areola': 'Yemas de los dedos alrededor de la base del pezón',
    'fingertips-rotate': 'Yemas de los dedos en nuevos puntos de la areola',
    expression: 'Yemas de los dedos en el borde de la areola y gotas de leche',
    pump: 'Embudo del sacaleches sobre el pezón',
    'pump-massage': 'Embudo del sacaleches y yemas de los dedos presionando suavemente la parte exterior del pecho',
    'drain-armpit': 'Caricias suaves desde la areola hacia la axila',
    'drain-collarbone': 'Caricias suaves desde la areola hacia la clavícula',
    cold: 'Bolsa de frío envuelta en un paño sobre el pecho',
    massager: 'Masajeador en la parte exterior del pecho, lejos del pezón',
    'skin-check': 'Revisa tu piel y cómo te sientes',
    info: 'Contorno del pecho con un signo de información',
    alert: 'Contorno del pecho con un signo de advertencia',
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
    },
    'hands-on-pumping': {
      title: 'Extracción con ayuda de las manos',
      purpose:
        'Te ayuda a producir más leche si te sacas casi toda la leche con sacaleches o si tienes poca producción. No es para un pecho rojo, dolorido o inflamado, ni si ya produces demasiada leche: sacar más leche hace que produzcas más.',
      evidence:
        'En un estudio con 67 madres que se sacaban leche para bebés nacidos antes de las 31 semanas, la producción llegó a unos 820 mL al día en la semana 8, y las que aprendieron estas técnicas con las manos produjeron un 48 % más usando menos el sacaleches. No fue aleatorizado y solo incluyó a madres de bebés prematuros, así que no podemos prometerte lo mismo.',
      steps: {
        circles:
          'Masajea los dos pechos con pequeños círculos, como en una autoexploración. Dedica más tiempo a la parte exterior.',
        strokes: 'Acaricia suavemente desde fuera hacia el pezón, por todo alrededor.',
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
    },
    'hand-expression': {
      title: 'Extracción manual',
      purpose:
        'Para terminar a mano una sesión con sacaleches, o para sacarte leche cuando no tienes sacaleches. Si el pecho está dolorido o inflamado, úsala solo para sacar un poco de leche y aliviarte.',
      evidence:
        'Terminar a mano forma parte de la extracción con ayuda de las manos, que ayudó a producir más leche a madres de bebés prematuros que dependían del sacaleches, en un estudio no aleatorizado. Con inflamación, las guías actuales solo aceptan la extracción manual para aliviar las molestias.',
      steps: {
        strokes: 'Acaricia un momento, suavemente, desde fuera del pecho hacia el pezón.',
        express: 'Extrae la leche a mano como te enseñaron. Con suavidad. Para cuando el flujo baje.',
        check: 'Fíjate en cómo te sientes. Si el pecho está dolorido, para en cuanto notes un poco de alivio.',
      },
      cautions: {
        'inflammation-small':
          'Si el pecho está rojo, dolorido o inflamado, sácate solo un poco de leche, lo justo para sentir alivio. No intentes vaciar el pecho.',
        'never-hurts': 'No debe doler. Si duele, para.',
        learn:
          'Si nadie te ha enseñado a extraer leche a mano, pide a una asesora de lactancia, matrona o enfermera que te lo muestre.',
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
        'warning-signs':
          'Si tienes fiebre, escalofríos o te sientes mal, o la rojez se extiende, contacta con tu profesional de salud. No te fíes solo del masaje.',
      },
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
          'Primero, revisa si hay señales de alarma: fiebre, escalofríos, sentirte muy mal o una rojez que se extiende. Si tienes alguna, contacta con tu profesional de salud.',
        drainage:
          'En el lado dolorido, acaricia muy suave desde la zona dolorida hacia la axila y la clavícula. Solo mueve la piel. No presiones el bulto.',
        cold: 'Envuelve hielo o una bolsa de frío en un paño. Ponlo sobre la zona dolorida unos 10 minutos. Usa frío, no calor.',
        feed: 'Da el pecho a tu bebé a demanda, como siempre.',
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
        'heat-skin': 'Con calor, revisa tu piel a menudo. Deja de usarlo si la notas demasiado caliente.',
      },
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
      'Embarazo: estimular el pecho y los pezones puede desencadenar el parto. No en embarazos de riesgo; solo con la aprobación de tu profesional de salud.',
    lump: 'Un bulto que no desaparece en una semana, más o menos, o que vuelve al mismo sitio: consulta a un profesional. Las pruebas de imagen son seguras durante la lactancia.',
    pain: 'El masaje nunca debe doler. Si duele, para.',
  },
  faq: {
    'how-often': {
      question: '¿Con qué frecuencia puedo hacerlos?',
      answer:
        'Las guías que sigue Lactea no fijan un número. Puedes hacer un masaje suave para la bajada de la leche antes o durante cualquier toma o extracción, siempre que no duela. Si una zona está roja o dolorida, usa solo el drenaje linfático suave y los cuidados para la inflamación hasta que mejore, y no añadas extracciones de más.',
    },
    pregnancy: {
      question: '¿Puedo darme masaje en los pechos durante el embarazo?',
      answer:
        'Solo si tu profesional de salud te da el visto bueno. Estimular el pecho y los pezones puede desencadenar el parto. En una revisión Cochrane, con estimulación hubo menos mujeres que seguían sin estar de parto a las 72 horas (62,7 % frente a 93,6 %). Hubo 3 muertes de bebés alrededor del parto con estimulación y ninguna sin ella; la diferencia no fue estadísticamente significativa, pero es un motivo para tener cuidado. No es para embarazos de riesgo.',
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
