/** Template ids: changing any of these invalidates trained models. */
export enum T {
  Bias = 1,
  Form,
  Low, // + offset
  Shape = Low + 8,
  Short0 = Shape + 8,
  Prefix = Short0 + 1, // + len
  Suffix = Prefix + 8,
  BiL = Suffix + 8,
  BiR,
  Shape3,
  ShapeL,
  ShapeR,
  Cluster = ShapeR + 1, // + offset*8 + level
  Gaz = Cluster + 64,
  GazCap,
  GazCtx,
  Initial,
  InitialShape,
  CapsSent,
  DocCase,
  Recased,
  LowCaps,
  GazSeq,
  S2Maj = 200,
  S2Has,
  S2Self,
  S2Prev,
  S2Next,
  S2Span,
}
