import { AppError } from '@/lib/errors/app-error';

import type { OnnxElementType, OnnxGraphBuilder } from './onnx-graph-builder';
import type { TfAttrValue, TfConstant, TfNode } from './tf-graph-types';

/** What a translator sees of one TF node and the graph built so far. */
export interface TranslateContext {
  builder: OnnxGraphBuilder;
  node: TfNode;
  /** ONNX tensor names of the node's data inputs, in TF order. */
  inputs: string[];
  /** ONNX tensor names the translator must write, one per TF output. */
  outputs: string[];
  /** The value of data input `index` when it is a TF constant, else undefined. */
  constant(index: number): TfConstant | undefined;
  /** The static rank of data input `index` when the converter knows it. */
  rank(index: number): number | undefined;
  /** Records the static rank of output `index` for later translators. */
  setRank(index: number, rank: number | undefined): void;
}

export type TfOpTranslator = (ctx: TranslateContext) => void;

/** Large enough to mean "to the end of the axis" in an ONNX Slice; ONNX clamps it. */
const TO_END = 2 ** 53 - 1;

// ---------------------------------------------------------------------------------------
// Attribute and constant helpers

function fail(ctx: TranslateContext, reason: string): never {
  throw new AppError(
    'MODEL_UNAVAILABLE',
    `cannot convert ${ctx.node.op} ${ctx.node.name}: ${reason}`,
  );
}

function attr(ctx: TranslateContext, name: string): TfAttrValue | undefined {
  return ctx.node.attr?.[name];
}

function attrInt(ctx: TranslateContext, name: string, fallback = 0): number {
  const value = attr(ctx, name)?.i;

  return value === undefined ? fallback : Number(value);
}

function attrBool(ctx: TranslateContext, name: string): boolean {
  return attr(ctx, name)?.b === true;
}

function attrInts(ctx: TranslateContext, name: string): number[] {
  return (attr(ctx, name)?.list?.i ?? []).map(Number);
}

/** Bytes attributes arrive as base64 text or as arrays of char codes, depending on the exporter. */
function attrString(ctx: TranslateContext, name: string): string | undefined {
  const value = attr(ctx, name)?.s;
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return String.fromCharCode(...value);

  return Buffer.from(value, 'base64').toString('utf8');
}

function constantInts(ctx: TranslateContext, index: number, what: string): number[] {
  const value = ctx.constant(index);
  if (!value) fail(ctx, `${what} (input ${index}) must be a constant`);

  return Array.from(value.data, Number);
}

function constantInt(ctx: TranslateContext, index: number, what: string): number {
  const values = constantInts(ctx, index, what);
  if (values.length !== 1) fail(ctx, `${what} must hold one value, got ${values.length}`);

  return values[0]!;
}

/** TensorFlow DataType (enum number or name) to the ONNX element type we widen it to. */
export function onnxTypeOf(tfType: number | string | undefined): OnnxElementType {
  switch (tfType) {
    case 1:
    case 'DT_FLOAT':
      return 'float32';
    // int32 is widened to int64: ONNX shape, index and Range inputs take int64, and no
    // value in this graph comes near 2^31, so widening changes no result.
    case 3:
    case 9:
    case 'DT_INT32':
    case 'DT_INT64':
      return 'int64';
    case 10:
    case 'DT_BOOL':
      return 'bool';
    default:
      throw new AppError('MODEL_UNAVAILABLE', `TF dtype ${String(tfType)} is not supported`);
  }
}

const onnxCastTo: Record<OnnxElementType, number> = { float32: 1, int64: 7, bool: 9 };

// ---------------------------------------------------------------------------------------
// Translator factories

/** TF and ONNX ops that agree on inputs and semantics (NumPy-style broadcasting). */
function direct(onnxOp: string, rankRule: 'same' | 'broadcast' | 'none' = 'same'): TfOpTranslator {
  return (ctx) => {
    ctx.builder.addNode(onnxOp, ctx.inputs, ctx.outputs);
    if (rankRule === 'same') ctx.setRank(0, ctx.rank(0));
    if (rankRule === 'broadcast') ctx.setRank(0, broadcastRank(ctx));
  };
}

function broadcastRank(ctx: TranslateContext): number | undefined {
  let rank = 0;
  for (let i = 0; i < ctx.inputs.length; i++) {
    const r = ctx.rank(i);
    if (r === undefined) return undefined;
    rank = Math.max(rank, r);
  }

  return rank;
}

/**
 * TF reductions take the axes as a tensor input; at opset 17 ONNX ReduceSum does too,
 * while ReduceMean, ReduceMax and ReduceProd take them as an attribute.
 */
function reduction(onnxOp: string, axesAsInput: boolean): TfOpTranslator {
  return (ctx) => {
    const axes = constantInts(ctx, 1, 'reduction axes');
    const keepdims = attrBool(ctx, 'keep_dims') ? 1 : 0;
    const [x] = ctx.inputs as [string];
    if (axesAsInput) {
      const axesName = ctx.builder.intConstant(`${ctx.node.name}/axes`, axes);
      ctx.builder.addNode(onnxOp, [x, axesName], ctx.outputs, { keepdims });
    } else {
      ctx.builder.addNode(onnxOp, [x], ctx.outputs, { axes, keepdims });
    }

    const rank = ctx.rank(0);
    ctx.setRank(0, rank === undefined ? undefined : keepdims ? rank : rank - axes.length);
  };
}

/** ONNX MatMul has no transpose flags; a Transpose of the last two axes stands in. */
function transposeLastTwo(ctx: TranslateContext, index: number, rank: number | undefined): string {
  if (rank === undefined)
    fail(ctx, `the rank of input ${index} is unknown, so it cannot be transposed`);
  const perm = Array.from({ length: rank }, (_, i) => i);
  perm[rank - 1] = rank - 2;
  perm[rank - 2] = rank - 1;

  return ctx.builder.apply('Transpose', [ctx.inputs[index]!], `${ctx.node.name}/T${index}`, {
    perm,
  });
}

function matMul(flagA: string, flagB: string): TfOpTranslator {
  return (ctx) => {
    const a = attrBool(ctx, flagA) ? transposeLastTwo(ctx, 0, ctx.rank(0)) : ctx.inputs[0]!;
    const b = attrBool(ctx, flagB) ? transposeLastTwo(ctx, 1, ctx.rank(1)) : ctx.inputs[1]!;
    ctx.builder.addNode('MatMul', [a, b], ctx.outputs);
    ctx.setRank(0, broadcastRank(ctx));
  };
}

// ---------------------------------------------------------------------------------------
// The translators

/**
 * One translator per TF op of the graph. Each writes exactly the ONNX nodes that compute
 * the op's outputs; anything outside what the USE-lite graph uses fails loudly with the
 * node's name instead of converting to something subtly different.
 */
export const tfOpTranslators: Record<string, TfOpTranslator> = {
  Add: direct('Add', 'broadcast'),
  AddV2: direct('Add', 'broadcast'),
  // NHWC bias on the last axis is plain broadcasting.
  BiasAdd: (ctx) => {
    const format = attrString(ctx, 'data_format') ?? 'NHWC';
    if (format !== 'NHWC') fail(ctx, `data_format ${format} is not supported`);
    direct('Add', 'broadcast')(ctx);
  },
  Sub: direct('Sub', 'broadcast'),
  Mul: direct('Mul', 'broadcast'),
  RealDiv: direct('Div', 'broadcast'),
  Maximum: direct('Max', 'broadcast'),
  Less: direct('Less', 'broadcast'),
  Greater: direct('Greater', 'broadcast'),
  LogicalNot: direct('Not'),
  Relu: direct('Relu'),
  Tanh: direct('Tanh'),
  Sin: direct('Sin'),
  Cos: direct('Cos'),
  // TF's softmax is over the last axis, ONNX's (opset 13+) too by default.
  Softmax: direct('Softmax'),
  Shape: (ctx) => {
    ctx.builder.addNode('Shape', ctx.inputs, ctx.outputs);
    ctx.setRank(0, 1);
  },

  Square: (ctx) => {
    const [x] = ctx.inputs as [string];
    ctx.builder.addNode('Mul', [x, x], ctx.outputs);
    ctx.setRank(0, ctx.rank(0));
  },

  Rsqrt: (ctx) => {
    const root = ctx.builder.apply('Sqrt', ctx.inputs, `${ctx.node.name}/sqrt`);
    ctx.builder.addNode('Reciprocal', [root], ctx.outputs);
    ctx.setRank(0, ctx.rank(0));
  },

  Cast: (ctx) => {
    const to = onnxCastTo[onnxTypeOf(attr(ctx, 'DstT')?.type)];
    ctx.builder.addNode('Cast', ctx.inputs, ctx.outputs, { to });
    ctx.setRank(0, ctx.rank(0));
  },

  Sum: reduction('ReduceSum', true),
  Mean: reduction('ReduceMean', false),
  Max: reduction('ReduceMax', false),
  Prod: reduction('ReduceProd', false),

  MatMul: matMul('transpose_a', 'transpose_b'),
  BatchMatMul: matMul('adj_x', 'adj_y'),
  BatchMatMulV2: matMul('adj_x', 'adj_y'),

  Reshape: (ctx) => {
    ctx.builder.addNode('Reshape', ctx.inputs, ctx.outputs);
    ctx.setRank(0, ctx.constant(1)?.data.length);
  },

  ExpandDims: (ctx) => {
    const axis = constantInt(ctx, 1, 'dim');
    const axes = ctx.builder.intConstant(`${ctx.node.name}/axes`, [axis]);
    ctx.builder.addNode('Unsqueeze', [ctx.inputs[0]!, axes], ctx.outputs);
    const rank = ctx.rank(0);
    ctx.setRank(0, rank === undefined ? undefined : rank + 1);
  },

  Squeeze: (ctx) => {
    const dims = attrInts(ctx, 'squeeze_dims');
    if (dims.length === 0) fail(ctx, 'squeezing every size-1 axis needs static shapes');
    const axes = ctx.builder.intConstant(`${ctx.node.name}/axes`, dims);
    ctx.builder.addNode('Squeeze', [ctx.inputs[0]!, axes], ctx.outputs);
    const rank = ctx.rank(0);
    ctx.setRank(0, rank === undefined ? undefined : rank - dims.length);
  },

  Transpose: (ctx) => {
    const perm = constantInts(ctx, 1, 'perm');
    ctx.builder.addNode('Transpose', [ctx.inputs[0]!], ctx.outputs, { perm });
    ctx.setRank(0, perm.length);
  },

  ConcatV2: (ctx) => {
    const count = ctx.inputs.length - 1;
    const axis = constantInt(ctx, count, 'axis');
    ctx.builder.addNode('Concat', ctx.inputs.slice(0, count), ctx.outputs, { axis });
    ctx.setRank(0, ctx.rank(0));
  },

  // Pack stacks N tensors along a new axis: unsqueeze each, then concatenate.
  Pack: (ctx) => {
    const axis = attrInt(ctx, 'axis');
    const axes = ctx.builder.intConstant(`${ctx.node.name}/axes`, [axis]);
    const expanded = ctx.inputs.map((input, i) =>
      ctx.builder.apply('Unsqueeze', [input, axes], `${ctx.node.name}/item${i}`),
    );
    ctx.builder.addNode('Concat', expanded, ctx.outputs, { axis });
    const rank = ctx.rank(0);
    ctx.setRank(0, rank === undefined ? undefined : rank + 1);
  },

  SplitV: (ctx) => {
    const sizes = constantInts(ctx, 1, 'size_splits');
    if (sizes.includes(-1)) fail(ctx, 'a -1 split size is not supported');
    const axis = constantInt(ctx, 2, 'axis');
    const split = ctx.builder.intConstant(`${ctx.node.name}/split`, sizes);
    ctx.builder.addNode('Split', [ctx.inputs[0]!, split], ctx.outputs, { axis });
    for (let i = 0; i < ctx.outputs.length; i++) ctx.setRank(i, ctx.rank(0));
  },

  GatherV2: (ctx) => {
    if (attrInt(ctx, 'batch_dims') !== 0) fail(ctx, 'batch_dims other than 0');
    const axis = constantInt(ctx, 2, 'axis');
    ctx.builder.addNode('Gather', [ctx.inputs[0]!, ctx.inputs[1]!], ctx.outputs, { axis });
    const [params, indices] = [ctx.rank(0), ctx.rank(1)];
    ctx.setRank(
      0,
      params === undefined || indices === undefined ? undefined : params + indices - 1,
    );
  },

  GatherNd: (ctx) => {
    ctx.builder.addNode('GatherND', ctx.inputs, ctx.outputs);
  },

  // TF Where with one input lists the coordinates of true entries as [count, rank];
  // ONNX NonZero lists them as [rank, count].
  Where: (ctx) => {
    if (ctx.inputs.length !== 1) fail(ctx, 'only the one-input (coordinates) form is supported');
    const coordinates = ctx.builder.apply('NonZero', ctx.inputs, `${ctx.node.name}/nonzero`);
    ctx.builder.addNode('Transpose', [coordinates], ctx.outputs, { perm: [1, 0] });
    ctx.setRank(0, 2);
  },

  // TF ScatterNd writes into zeros; ONNX ScatterND writes into a given tensor. The zeros
  // take the updates' dtype through CastLike, so no dtype bookkeeping is needed.
  ScatterNd: (ctx) => {
    const [indices, updates, shape] = ctx.inputs as [string, string, string];
    const zero = ctx.builder.addFloatInitializer(
      ctx.builder.freshName(`${ctx.node.name}/zero`),
      [],
      Float32Array.of(0),
    );
    const typedZero = ctx.builder.apply('CastLike', [zero, updates], `${ctx.node.name}/zero_t`);
    const zeros = ctx.builder.apply('Expand', [typedZero, shape], `${ctx.node.name}/zeros`);
    ctx.builder.addNode('ScatterND', [zeros, indices, updates], ctx.outputs);
  },

  // SparseToDense(indices, shape, values, default): a tensor full of `default` with the
  // listed entries overwritten.
  SparseToDense: (ctx) => {
    const [indices, shape, values, fallback] = ctx.inputs as [string, string, string, string];
    const filled = ctx.builder.apply('Expand', [fallback, shape], `${ctx.node.name}/filled`);
    const typed = ctx.builder.apply('CastLike', [values, fallback], `${ctx.node.name}/values`);
    ctx.builder.addNode('ScatterND', [filled, indices, typed], ctx.outputs);
  },

  Range: direct('Range', 'none'),

  // TF Slice(x, begin, size), size -1 meaning "to the end".
  Slice: (ctx) => {
    const begin = constantInts(ctx, 1, 'begin');
    const size = constantInts(ctx, 2, 'size');
    const ends = begin.map((b, i) => (size[i] === -1 ? TO_END : b + size[i]!));
    const name = ctx.node.name;
    ctx.builder.addNode(
      'Slice',
      [
        ctx.inputs[0]!,
        ctx.builder.intConstant(`${name}/starts`, begin),
        ctx.builder.intConstant(`${name}/ends`, ends),
        ctx.builder.intConstant(
          `${name}/axes`,
          begin.map((_, i) => i),
        ),
      ],
      ctx.outputs,
    );
    ctx.setRank(0, ctx.rank(0));
  },

  StridedSlice: (ctx) => {
    if (attrInt(ctx, 'ellipsis_mask') !== 0 || attrInt(ctx, 'new_axis_mask') !== 0) {
      fail(ctx, 'ellipsis_mask and new_axis_mask are not supported');
    }
    const begin = constantInts(ctx, 1, 'begin');
    const end = constantInts(ctx, 2, 'end');
    const strides = constantInts(ctx, 3, 'strides');
    if (strides.some((s) => s !== 1))
      fail(ctx, `strides ${strides.join(',')}: only 1 is supported`);

    const beginMask = attrInt(ctx, 'begin_mask');
    const endMask = attrInt(ctx, 'end_mask');
    const shrinkMask = attrInt(ctx, 'shrink_axis_mask');
    const starts: number[] = [];
    const ends: number[] = [];
    const shrunk: number[] = [];
    for (let axis = 0; axis < begin.length; axis++) {
      const bit = 1 << axis;
      const start = beginMask & bit ? 0 : begin[axis]!;
      starts.push(start);
      if (shrinkMask & bit) {
        // A shrunk axis keeps the one element at `begin`; -1 must end at the axis end.
        ends.push(start === -1 ? TO_END : start + 1);
        shrunk.push(axis);
      } else {
        ends.push(endMask & bit ? TO_END : end[axis]!);
      }
    }

    const name = ctx.node.name;
    const sliceInputs = [
      ctx.inputs[0]!,
      ctx.builder.intConstant(`${name}/starts`, starts),
      ctx.builder.intConstant(`${name}/ends`, ends),
      ctx.builder.intConstant(
        `${name}/axes`,
        starts.map((_, i) => i),
      ),
    ];
    if (shrunk.length === 0) {
      ctx.builder.addNode('Slice', sliceInputs, ctx.outputs);
    } else {
      const sliced = ctx.builder.apply('Slice', sliceInputs, `${name}/sliced`);
      const axes = ctx.builder.intConstant(`${name}/shrink_axes`, shrunk);
      ctx.builder.addNode('Squeeze', [sliced, axes], ctx.outputs);
    }
    const rank = ctx.rank(0);
    ctx.setRank(0, rank === undefined ? undefined : rank - shrunk.length);
  },

  // A 1x1 NHWC convolution with unit strides is a matrix product over the channel axis,
  // so the [1, 1, in, out] kernel becomes an [in, out] MatMul weight.
  Conv2D: (ctx) => {
    const format = attrString(ctx, 'data_format') ?? 'NHWC';
    const strides = attrInts(ctx, 'strides');
    const dilations = attrInts(ctx, 'dilations');
    const kernel = ctx.constant(1);
    if (format !== 'NHWC') fail(ctx, `data_format ${format} is not supported`);
    if (kernel?.dtype !== 'float32') fail(ctx, 'the kernel must be a float constant');
    const [kh, kw, cin, cout] = kernel.shape as [number, number, number, number];
    if (kh !== 1 || kw !== 1) fail(ctx, `kernel ${kh}x${kw}: only 1x1 is supported`);
    if (strides.some((s) => s !== 1) || dilations.some((d) => d !== 1)) {
      fail(ctx, 'only unit strides and dilations are supported');
    }

    const weight = ctx.builder.addFloatInitializer(
      ctx.builder.freshName(`${ctx.node.name}/kernel_2d`),
      [cin, cout],
      kernel.data as Float32Array,
    );
    ctx.builder.addNode('MatMul', [ctx.inputs[0]!, weight], ctx.outputs);
    ctx.setRank(0, ctx.rank(0));
  },
};
