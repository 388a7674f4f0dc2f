// `npm run model:convert`: converts the embedded model to ONNX now (start does it on first run).
import { prepareEmbeddedModel } from '../lib/model/prepare-embedded-model';

const { cached, path } = await prepareEmbeddedModel();
process.stdout.write(`${cached ? 'already converted' : 'converted'}: ${path}\n`);
