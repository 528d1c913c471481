import { describe, expect, test } from 'vitest';
import { resolveLink } from '../../../src/importer/links';

const ARTICLE =
  'https://learn.microsoft.com/en-us/azure/communication-services/resources/troubleshooting/voice-video-calling/troubleshooting-codes';
const INCLUDE =
  'articles/communication-services/resources/troubleshooting/voice-video-calling/includes/codes/calling-sdk.md';
const PAGE = 'articles/communication-services/resources/troubleshooting/voice-video-calling/troubleshooting-codes.md';

describe('resolveLink', () => {
  test.each([
    [
      '../../../../../concepts/voice-video-calling/network-requirements.md',
      INCLUDE,
      'https://learn.microsoft.com/en-us/azure/communication-services/concepts/voice-video-calling/network-requirements',
    ],
    [
      '../../../concepts/best-practices.md?tabs=ios&pivots=platform-web#request-device-permissions',
      PAGE,
      'https://learn.microsoft.com/en-us/azure/communication-services/concepts/best-practices?tabs=ios&pivots=platform-web#request-device-permissions',
    ],
    [
      'references/how-to-collect-call-info.md',
      PAGE,
      'https://learn.microsoft.com/en-us/azure/communication-services/resources/troubleshooting/voice-video-calling/references/how-to-collect-call-info',
    ],
    [
      'https://github.com/MicrosoftDocs/azure-docs/blob/4260367da6fe93d74e80662f882dd4e9f52b8924/articles/event-grid/webhook-event-delivery.md',
      PAGE,
      'https://learn.microsoft.com/en-us/azure/event-grid/webhook-event-delivery',
    ],
    ['#troubleshooting-tips', PAGE, `${ARTICLE}#troubleshooting-tips`],
    ['https://portal.azure.com', PAGE, 'https://portal.azure.com'],
  ])('%s', (url, from, expected) => {
    expect(resolveLink(url, from, ARTICLE)).toBe(expected);
  });
});
