/**
 * The parts of a TensorFlow.js graph model (`model.json`, format "graph-model") that the
 * ONNX converter reads. The JSON is protobuf's JSON mapping of TensorFlow's GraphDef, so
 * 64-bit integers arrive as strings and bytes as base64 strings or arrays of char codes.
 */
export interface TfAttrList {
  i?: string[];
  f?: number[];
  s?: (string | number[])[];
}

export interface TfAttrValue {
  i?: string;
  f?: number;
  b?: boolean;
  s?: string | number[];
  type?: number | string;
  list?: TfAttrList;
  shape?: { dim?: { size: string }[]; unknownRank?: boolean };
  tensor?: {
    dtype: number | string;
    tensorShape?: { dim?: { size: string }[] };
  };
}

export interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfAttrValue>;
}

/** A constant's value, as read from the weight shards. int32 stands for every integer. */
export interface TfConstant {
  dtype: 'float32' | 'int32';
  shape: number[];
  data: Float32Array | Int32Array;
}

export interface TfGraphModel {
  nodes: TfNode[];
  /** Constants by node name. tfjs moves every `Const` node's value into the shards. */
  constants: Map<string, TfConstant>;
}
