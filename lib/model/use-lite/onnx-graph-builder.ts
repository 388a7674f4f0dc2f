import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** Attribute values the converter emits; arrays are always int lists here. */
export type OnnxAttribute = number | number[] | string | { float: number };

export type OnnxElementType = 'float32' | 'int64' | 'bool';

const elementTypes: Record<OnnxElementType, number> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
};

/** One dimension of a graph input or output: a fixed size or a symbolic name. */
export type OnnxDim = number | string;

/**
 * Collects nodes, initializers, inputs and outputs, and encodes them as an ONNX model.
 * Tensor names are free-form strings in ONNX, so the converter keeps TensorFlow's names,
 * which makes the ONNX graph easy to compare with the TF one in Netron.
 */
export class OnnxGraphBuilder {
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly inputs: onnxProto.onnx.IValueInfoProto[] = [];
  private readonly outputs: onnxProto.onnx.IValueInfoProto[] = [];
  private readonly used = new Set<string>();
  private counter = 0;

  /** A name no other tensor or node has, derived from `hint`. */
  freshName(hint: string): string {
    let name = hint;
    while (this.used.has(name)) name = `${hint}__${++this.counter}`;
    this.used.add(name);

    return name;
  }

  /** Marks a name as taken (TF node names that become ONNX tensor names). */
  reserve(name: string): void {
    this.used.add(name);
  }

  addInput(name: string, type: OnnxElementType, dims: OnnxDim[]): void {
    this.reserve(name);
    this.inputs.push(valueInfo(name, type, dims));
  }

  addOutput(name: string, type: OnnxElementType, dims: OnnxDim[]): void {
    this.outputs.push(valueInfo(name, type, dims));
  }

  addFloatInitializer(name: string, dims: number[], values: Float32Array): string {
    this.reserve(name);
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    this.initializers.push({ name, dims, dataType: elementTypes.float32, rawData: bytes });

    return name;
  }

  /** Integers go in as int64: ONNX shape and index inputs require it. */
  addIntInitializer(name: string, dims: number[], values: ArrayLike<number>): string {
    this.reserve(name);
    const wide = BigInt64Array.from(Array.from(values, (v) => BigInt(v)));
    const bytes = new Uint8Array(wide.buffer);
    this.initializers.push({ name, dims, dataType: elementTypes.int64, rawData: bytes });

    return name;
  }

  /** A 1-D int64 constant with a fresh name; for axes, starts, ends and the like. */
  intConstant(hint: string, values: number[]): string {
    return this.addIntInitializer(this.freshName(hint), [values.length], values);
  }

  addNode(
    opType: string,
    inputs: string[],
    outputs: string[],
    attributes: Record<string, OnnxAttribute> = {},
  ): void {
    for (const output of outputs) this.reserve(output);
    this.nodes.push({
      opType,
      name: this.freshName(`${outputs[0] ?? opType}/${opType}`),
      input: inputs,
      output: outputs,
      attribute: Object.entries(attributes).map(([name, value]) => attribute(name, value)),
    });
  }

  /** Adds a single-output node writing to a fresh tensor and returns that tensor's name. */
  apply(
    opType: string,
    inputs: string[],
    hint: string,
    attributes: Record<string, OnnxAttribute> = {},
  ): string {
    const output = this.freshName(hint);
    this.addNode(opType, inputs, [output], attributes);

    return output;
  }

  encode(options: { opset: number; producer: string; docString?: string }): Uint8Array {
    // Constants read only at convert time (axes, permutations, 4-D conv kernels) become
    // attributes or reshaped copies; dropping them keeps the file to the weights it uses.
    const read = new Set(this.nodes.flatMap((node) => node.input ?? []));
    const initializers = this.initializers.filter((tensor) => read.has(tensor.name ?? ''));

    const model = onnx.ModelProto.create({
      irVersion: 8,
      producerName: options.producer,
      docString: options.docString ?? '',
      opsetImport: [{ domain: '', version: options.opset }],
      graph: {
        name: 'main',
        node: this.nodes,
        initializer: initializers,
        input: this.inputs,
        output: this.outputs,
      },
    });

    return onnx.ModelProto.encode(model).finish();
  }
}

function valueInfo(
  name: string,
  type: OnnxElementType,
  dims: OnnxDim[],
): onnxProto.onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: elementTypes[type],
        shape: {
          dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}

function attribute(name: string, value: OnnxAttribute): onnxProto.onnx.IAttributeProto {
  const types = onnx.AttributeProto.AttributeType;
  if (typeof value === 'number') return { name, type: types.INT, i: value };
  if (typeof value === 'string') {
    return { name, type: types.STRING, s: new TextEncoder().encode(value) };
  }
  if (Array.isArray(value)) return { name, type: types.INTS, ints: value };

  return { name, type: types.FLOAT, f: value.float };
}
