export const PORT: number;
export const LOCAL_SITE: string;
export const SITE: string;
export const SUBPATH: string;
export const SUBPATH_ORIGIN: string;
export const FIXTURE_PORT: number;
export const DEV_PORT: number;
