import { AppError } from '@/lib/errors/app-error';

import { type OnnxDim, type OnnxElementType, OnnxGraphBuilder } from './onnx-graph-builder';
import type { TfConstant, TfGraphModel, TfNode } from './tf-graph-types';
import { onnxTypeOf, type TranslateContext, tfOpTranslators } from './tf-op-translators';

export interface ExtraInput {
  name: string;
  type: OnnxElementType;
  dims: OnnxDim[];
}

export interface ConvertTfGraphOptions {
  /** Name of the ONNX graph output (an Identity of the TF output). */
  outputName: string;
  /** Symbolic dimensions of that output, e.g. `['batch', 512]`. */
  outputDims: OnnxDim[];
  /** Inputs that exist only in the ONNX graph, for use by `rewrites`. */
  extraInputs?: ExtraInput[];
  /**
   * Replaces the output of a TF node (matched by full name) with a tensor computed from
   * it; later consumers read the replacement. For behaviour the TF graph gets wrong or
   * leaves implicit, stated where the rewrite is defined.
   */
  rewrites?: Record<string, (builder: OnnxGraphBuilder, translated: string) => string>;
  opset?: number;
  docString?: string;
}

/** ONNX opset the translators are written against (ReduceMean axes as an attribute, CastLike). */
const DEFAULT_OPSET = 17;

/**
 * Converts a TensorFlow GraphDef (as stored by tfjs) into an ONNX model, node by node:
 * walks backwards from the one unconsumed output to find the nodes it needs, orders them
 * so every input is computed first, and hands each to the translator for its op
 * (`tf-op-translators.ts`). Constants become initializers, placeholders graph inputs.
 */
export function convertTfGraphToOnnx(
  model: TfGraphModel,
  options: ConvertTfGraphOptions,
): Uint8Array {
  const byName = new Map(model.nodes.map((node) => [node.name, node]));
  const order = topologicalOrder(findOutputNode(model.nodes), byName);

  const builder = new OnnxGraphBuilder();
  const alias = new Map<string, string>();
  const ranks = new Map<string, number>();
  const constants = new Map<string, TfConstant>();
  for (const input of options.extraInputs ?? [])
    builder.addInput(input.name, input.type, input.dims);

  for (const node of order) {
    // Constants become initializers; the translators read their values at convert time.
    if (node.op === 'Const') {
      const value = model.constants.get(node.name);
      if (!value) throw new AppError('MODEL_UNAVAILABLE', `constant ${node.name} has no weights`);
      if (value.dtype === 'float32') {
        builder.addFloatInitializer(node.name, value.shape, value.data as Float32Array);
      } else {
        builder.addIntInitializer(node.name, value.shape, value.data);
      }
      constants.set(node.name, value);
      alias.set(node.name, node.name);
      ranks.set(node.name, value.shape.length);
      continue;
    }

    if (node.op === 'Placeholder') {
      const dims = (node.attr?.shape?.shape?.dim ?? []).map((d, i): OnnxDim => {
        const size = Number(d.size);
        return size < 0 ? `${node.name}_dim${i}` : size;
      });
      builder.addInput(node.name, onnxTypeOf(node.attr?.dtype?.type), dims);
      alias.set(node.name, node.name);
      ranks.set(node.name, dims.length);
      continue;
    }

    const translate = tfOpTranslators[node.op];
    if (!translate)
      throw new AppError(
        'MODEL_UNAVAILABLE',
        `TF op ${node.op} (${node.name}) has no ONNX translator`,
      );

    const refs = dataInputs(node);
    const inputs = refs.map((ref) => {
      const name = alias.get(ref);
      if (name === undefined)
        throw new AppError('INTERNAL', `input ${ref} of ${node.name} not computed yet`);
      return name;
    });
    const outputs = Array.from({ length: outputCount(node) }, (_, k) => tensorRef(node.name, k));
    for (const output of outputs) builder.reserve(output);

    const ctx: TranslateContext = {
      builder,
      node,
      inputs,
      outputs,
      constant: (index) => constants.get(refs[index] ?? ''),
      rank: (index) => ranks.get(inputs[index] ?? ''),
      setRank: (index, rank) => {
        if (rank !== undefined) ranks.set(outputs[index]!, rank);
      },
    };
    translate(ctx);

    for (const output of outputs) alias.set(output, output);
    const rewrite = options.rewrites?.[node.name];
    if (rewrite) alias.set(node.name, rewrite(builder, outputs[0]!));
  }

  for (const name of Object.keys(options.rewrites ?? {})) {
    if (!byName.has(name))
      throw new AppError('MODEL_UNAVAILABLE', `rewrite target ${name} is not in the graph`);
  }

  const last = order[order.length - 1]!;
  builder.addNode('Identity', [alias.get(last.name)!], [options.outputName]);
  builder.addOutput(options.outputName, 'float32', options.outputDims);

  return builder.encode({
    opset: options.opset ?? DEFAULT_OPSET,
    producer: 'verdict tf-graph-to-onnx',
    docString: options.docString,
  });
}

/** TF names output k of node n as `n:k`, and output 0 as plain `n`. */
function tensorRef(nodeName: string, index: number): string {
  return index === 0 ? nodeName : `${nodeName}:${index}`;
}

function outputCount(node: TfNode): number {
  if (node.op === 'SplitV' || node.op === 'Split') return Number(node.attr?.num_split?.i ?? 1);

  return 1;
}

/** Data inputs as canonical refs; `^name` control dependencies carry no data and are dropped. */
function dataInputs(node: TfNode): string[] {
  return (node.input ?? [])
    .filter((ref) => !ref.startsWith('^'))
    .map((ref) => (ref.endsWith(':0') ? ref.slice(0, -2) : ref));
}

function nodeOf(ref: string): string {
  const match = /^(.*):(\d+)$/.exec(ref);

  return match ? match[1]! : ref;
}

/** The graph's result: the one non-constant node whose output nobody reads. */
function findOutputNode(nodes: TfNode[]): TfNode {
  const consumed = new Set(nodes.flatMap((node) => dataInputs(node).map(nodeOf)));
  const outputs = nodes.filter((node) => node.op !== 'Const' && !consumed.has(node.name));
  if (outputs.length !== 1) {
    const names = outputs.map((node) => node.name).join(', ');
    throw new AppError('MODEL_UNAVAILABLE', `expected one graph output, found: ${names}`);
  }

  return outputs[0]!;
}

/** Depth-first post-order from the output: each node after all of its inputs. */
function topologicalOrder(output: TfNode, byName: Map<string, TfNode>): TfNode[] {
  const order: TfNode[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  // An explicit stack: recursion depth would follow the graph's depth.
  const stack: { node: TfNode; next: number }[] = [{ node: output, next: 0 }];
  state.set(output.name, 'visiting');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const inputs = dataInputs(frame.node).map(nodeOf);
    if (frame.next < inputs.length) {
      const name = inputs[frame.next++]!;
      const node = byName.get(name);
      if (!node) throw new AppError('MODEL_UNAVAILABLE', `node ${name} is referenced but missing`);
      const seen = state.get(name);
      if (seen === 'visiting') throw new AppError('MODEL_UNAVAILABLE', `cycle through ${name}`);
      if (seen === undefined) {
        state.set(name, 'visiting');
        stack.push({ node, next: 0 });
      }
      continue;
    }
    state.set(frame.node.name, 'done');
    order.push(frame.node);
    stack.pop();
  }

  return order;
}
