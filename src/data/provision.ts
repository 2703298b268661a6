import built from '../../public/data/provision-and-policy.json';
import type { ProvisionFile } from '../domain/provision/provision';

/**
 * The provision and policy facts with our page text, built and validated by npm run data:build
 * (scripts/data/build-provision.ts) and bundled with the one page that shows them, so it renders on the server and
 * offline with nothing more to fetch. data:check fails if the file is not what content/ builds to.
 */
export const provisionAndPolicy: ProvisionFile = built as ProvisionFile;
