// Fills the access-token secret on create: an RSA-2048 key pair (PKCS#8 and X.509 PEM) that signs
// and verifies RS256 tokens, and the secret behind the made-up prelogin answers, as the JSON
// {private_key_pem, public_key_pem, decoy_secret} that shared/aws-config reads. A secret that
// already holds such keys is left alone: replacing them would sign everybody out.
'use strict';
const crypto = require('crypto');

const FIELDS = ['private_key_pem', 'public_key_pem', 'decoy_secret'];

exports.accessTokenKeys = function accessTokenKeys() {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    private_key_pem: privateKey,
    public_key_pem: publicKey,
    decoy_secret: crypto.randomBytes(32).toString('hex'),
  };
};

exports.holdsKeys = function holdsKeys(text) {
  try {
    const value = JSON.parse(text);
    return FIELDS.every((f) => typeof value[f] === 'string' && value[f].length > 0);
  } catch (e) {
    return false;
  }
};

exports.handler = async function handler(event) {
  const PhysicalResourceId = 'access-token-keys';
  if (event.RequestType === 'Delete') {
    return { PhysicalResourceId };
  }
  const sm = require('@aws-sdk/client-secrets-manager');
  const client = new sm.SecretsManagerClient({});
  const SecretId = event.ResourceProperties.SecretArn;
  const current = await client.send(new sm.GetSecretValueCommand({ SecretId }));
  if (!exports.holdsKeys(current.SecretString)) {
    const SecretString = JSON.stringify(exports.accessTokenKeys());
    await client.send(new sm.PutSecretValueCommand({ SecretId, SecretString }));
  }
  // Nothing about the keys goes back to CloudFormation or the logs.
  return { PhysicalResourceId };
};
