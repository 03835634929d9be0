/** One sentence per encoding, and its bytes in that encoding (written out here: Node encodes only UTF-8). */
export const DECLARED_SAMPLES: [charset: string, text: string, hex: string][] = [
  [
    'koi8-r',
    'Мэр Анна Петрова сказала, что мост откроют в мае.',
    'eddcd220e1cecec120f0c5d4d2cfd7c120d3cbc1dac1ccc12c20ded4cf20cdcfd3d420cfd4cbd2cfc0d420d720cdc1c52e',
  ],
  [
    'shift_jis',
    '市長の田中花子氏は、橋が五月に開通すると、記者会見で述べた。',
    '8e7392b782cc9363928689d48e718e8182cd81418bb482aa8cdc8c8e82c98a4a92ca82b782e982c681418b4c8ed289ef8ca982c58f7182d782bd8142',
  ],
  [
    'iso-8859-2',
    'Burmistrz Łódź Anna Żak powiedziała, że most zostanie otwarty w maju.',
    '4275726d697374727a20a3f364bc20416e6e6120af616b20706f776965647a6961b3612c20bf65206d6f7374207a6f7374616e6965206f7477617274792077206d616a752e',
  ],
  [
    'gb18030',
    '市长 王芳 表示，大桥 将于 五月 通车。',
    'cad0b3a420cdf5b7bc20b1edcabea3acb4f3c7c520bdabd3da20cee5d4c220cda8b3b5a1a3',
  ],
];

export const KOI8_R = DECLARED_SAMPLES[0] as [string, string, string];

export const bytesOf = (hex: string) => Buffer.from(hex, 'hex');
