/**
 * The two marker tokens a uni-encoder GLiClass prompt is built from. Exports add them
 * to the tokenizer as added tokens, so the tokenizer never splits them.
 */
export const LABEL_MARKER = '<<LABEL>>';
export const SEP_MARKER = '<<SEP>>';
